-- Other channels: phone calls and chat transcripts logged on tickets, people's phone numbers (a
-- missed call from a known number opens a ticket), and webhooks with their outbox.

-- A person's phone number, normalised (+ and digits only) so that an incoming call finds them by
-- an exact match of this index.
alter table app_user add column phone varchar(20) null;
create index ix_app_user_phone on app_user (phone);

-- A phone call or a chat logged on a ticket. Read per ticket in the order they happened.
create sequence ticket_contact_seq start with 1 increment by 50;
create table ticket_contact (
    id               bigint        not null primary key,
    ticket_id        bigint        not null,
    kind             varchar(4)    not null,
    -- Calls: INBOUND or OUTBOUND, the other party's number, seconds talked, whether it was missed.
    direction        varchar(8)    null,
    phone            varchar(20)   null,
    duration_seconds bigint        null,
    missed           boolean       not null default false,
    -- Chats: the chat system's session or conversation reference.
    chat_reference   varchar(200)  null,
    -- The call summary or the chat transcript as plain text (readers escape it).
    content          mediumtext    not null,
    internal         boolean       not null,
    occurred_at      datetime(6)   not null,
    logged_at        datetime(6)   not null,
    logged_by_id     bigint        not null,
    constraint fk_ticket_contact_ticket foreign key (ticket_id) references ticket (id),
    constraint fk_ticket_contact_logged_by foreign key (logged_by_id) references app_user (id),
    constraint ck_ticket_contact_kind check (kind in ('CALL', 'CHAT')),
    constraint ck_ticket_contact_direction check (direction is null or direction in ('INBOUND', 'OUTBOUND')),
    constraint ck_ticket_contact_duration check (duration_seconds is null or duration_seconds >= 0)
);
create index ix_ticket_contact_ticket on ticket_contact (ticket_id, occurred_at);

-- Webhooks: URLs administrators register for ticket events.
create table webhook (
    id               bigint auto_increment primary key,
    url              varchar(2000) not null,
    -- Comma-separated event names: created, updated, message, status.
    events           varchar(100)  not null,
    -- The HMAC key; written by administrators, never returned.
    -- AES-GCM under the server's secret key (platform.SecretBox), opened only to sign a body.
    secret           varchar(500)  not null,
    active           boolean       not null,
    include_internal boolean       not null,
    created_at       datetime(6)   not null,
    version          bigint        not null default 0
);
create index ix_webhook_active on webhook (active);

-- The webhook outbox: one row per hook and event, written in the ticket change's transaction,
-- its body fixed then (the signature is over these bytes).
create table webhook_delivery (
    id              bigint auto_increment primary key,
    webhook_id      bigint        not null,
    delivery_key    varchar(36)   not null,
    event           varchar(20)   not null,
    ticket_number   varchar(20)   not null,
    body            mediumtext    not null,
    state           varchar(10)   not null,
    attempts        int           not null,
    next_attempt_at datetime(6)   null,
    last_status     int           null,
    last_error      varchar(1000) null,
    created_at      datetime(6)   not null,
    sent_at         datetime(6)   null,
    constraint uq_webhook_delivery_key unique (delivery_key),
    constraint fk_webhook_delivery_webhook foreign key (webhook_id) references webhook (id) on delete cascade,
    constraint ck_webhook_delivery_state check (state in ('QUEUED', 'SENT', 'FAILED'))
);
-- The sweep reads the due deliveries as a range: state = QUEUED and next_attempt_at <= now.
create index ix_webhook_delivery_due on webhook_delivery (state, next_attempt_at);
-- A hook's delivery log, newest first.
create index ix_webhook_delivery_webhook_created on webhook_delivery (webhook_id, created_at);

-- Each attempt: when, the receiver's status code (null when none answered) and the error.
create table webhook_attempt (
    delivery_id  bigint        not null,
    position     int           not null,
    attempted_at datetime(6)   not null,
    status_code  int           null,
    error        varchar(1000) null,
    primary key (delivery_id, position),
    constraint fk_webhook_attempt_delivery foreign key (delivery_id) references webhook_delivery (id) on delete cascade
);
