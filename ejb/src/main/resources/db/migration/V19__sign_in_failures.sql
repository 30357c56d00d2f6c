-- Failed sign-ins, counted per account (the username as typed, known or not, so that a lockout
-- says nothing about who exists) and per client address. One row per subject, written by one
-- upsert per failure; a lockout is a time in the row and ends by itself. Kept in the database so
-- that counts survive a restart and every node sees the same ones.
create table sign_in_failure (
    id                bigint auto_increment primary key,
    kind              varchar(10)  not null,
    subject           varchar(200) not null,
    failures          int          not null,
    window_started_at datetime(6)  not null,
    last_failed_at    datetime(6)  not null,
    locked_until      datetime(6)  null,
    constraint uq_sign_in_failure unique (kind, subject)
);
-- Administrators list the current lockouts; the sweep removes counts that have expired.
create index ix_sign_in_failure_locked on sign_in_failure (locked_until);
create index ix_sign_in_failure_last on sign_in_failure (last_failed_at);
