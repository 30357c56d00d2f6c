-- Mail intake (org.bilet.channels.intake): the mailboxes Bilet reads over IMAP, and what it did
-- with each message it read.

create table mailbox (
    id               bigint auto_increment primary key,
    address          varchar(254)  not null,
    host             varchar(253)  not null,
    port             int           not null,
    username         varchar(254)  not null,
    -- AES-GCM under the server's secret key (platform.SecretBox); never returned, never shown.
    password_secret  varchar(1000) not null,
    folder           varchar(200)  not null,
    use_ssl          boolean       not null,
    team_id          bigint        null,
    poll_seconds     int           not null,
    unknown_senders  varchar(20)   not null,
    active           boolean       not null,
    -- When it was set up or last changed: the watch reads it one interval later (Check now at once).
    configured_at    datetime(6)   not null,
    -- Whoever polls takes the mailbox until then, so that one node reads it at a time.
    leased_until     datetime(6)   null,
    last_polled_at   datetime(6)   null,
    last_error       varchar(1000) null,
    version          bigint        not null,
    constraint uk_mailbox_address unique (address),
    constraint fk_mailbox_team foreign key (team_id) references team (id),
    constraint ck_mailbox_unknown_senders check (unknown_senders in ('CREATE_REQUESTER', 'REFUSE'))
);

-- One row per message taken in, whatever became of it, written in the transaction that stored it:
-- its unique key (Message-ID plus a hash of the content) is what stores a message once, when it
-- is read twice, after a crash, or through two mailboxes.
create table received_mail (
    id              bigint auto_increment primary key,
    dedupe_key      varchar(64)   not null,
    -- Kept when its mailbox is removed: the key still stands for a message read through another one.
    mailbox_id      bigint        null,
    message_id      varchar(250)  null,
    sender          varchar(254)  null,
    subject         varchar(250)  not null,
    received_at     datetime(6)   not null,
    outcome         varchar(30)   not null,
    detail          varchar(500)  null,
    ticket_id       bigint        null,
    constraint uk_received_mail_dedupe unique (dedupe_key),
    constraint fk_received_mail_mailbox foreign key (mailbox_id) references mailbox (id) on delete set null,
    constraint fk_received_mail_ticket foreign key (ticket_id) references ticket (id)
);
-- Threading: an answer names the message it answers.
create index ix_received_mail_message_id on received_mail (message_id);
-- The per-sender limit counts a sender's recent messages.
create index ix_received_mail_sender on received_mail (sender, received_at);
-- Each mailbox's log, newest first.
create index ix_received_mail_mailbox on received_mail (mailbox_id, received_at);
