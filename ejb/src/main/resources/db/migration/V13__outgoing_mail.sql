-- Outgoing mail: a persistent outbox written in the transaction of whatever asked for the mail,
-- sent after that transaction commits and retried with backoff; every attempt is kept.

create table outgoing_mail (
    id              bigint auto_increment primary key,
    -- Fixed when queued, so that a re-sent message carries the same Message-ID and clients dedupe it.
    message_id      varchar(250)  not null,
    purpose         varchar(100)  not null,
    -- JSON array of addresses as written ("Name <a@b.example>"), in Unicode.
    recipients      varchar(4000) not null,
    reply_to        varchar(400)  null,
    subject         varchar(500)  not null,
    text_body       mediumtext    not null,
    html_body       mediumtext    null,
    in_reply_to     varchar(250)  null,
    -- Message-IDs separated by spaces, as the References header lists them.
    reference_ids   varchar(4000) null,
    state           varchar(10)   not null,
    attempts        int           not null,
    next_attempt_at datetime(6)   null,
    last_error      varchar(1000) null,
    created_at      datetime(6)   not null,
    sent_at         datetime(6)   null,
    constraint uq_outgoing_mail_message_id unique (message_id),
    constraint ck_outgoing_mail_state check (state in ('QUEUED', 'SENT', 'FAILED'))
);
-- The sender reads the due messages as a short range of this index: state = QUEUED and next_attempt_at <= now.
create index ix_outgoing_mail_due on outgoing_mail (state, next_attempt_at);
-- The administrators' list, newest first, of one state or of all.
create index ix_outgoing_mail_state_created on outgoing_mail (state, created_at);
create index ix_outgoing_mail_created on outgoing_mail (created_at);

create table outgoing_mail_attachment (
    mail_id      bigint       not null,
    position     int          not null,
    file_name    varchar(255) not null,
    content_type varchar(255) not null,
    size         int          not null,
    content      longblob     not null,
    primary key (mail_id, position),
    constraint fk_outgoing_mail_attachment_mail foreign key (mail_id) references outgoing_mail (id)
);

-- The delivery log: one row per attempt, in order; error is null for the attempt that sent it.
create table outgoing_mail_attempt (
    mail_id      bigint        not null,
    position     int           not null,
    attempted_at datetime(6)   not null,
    error        varchar(1000) null,
    primary key (mail_id, position),
    constraint fk_outgoing_mail_attempt_mail foreign key (mail_id) references outgoing_mail (id)
);
