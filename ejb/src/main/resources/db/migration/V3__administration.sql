-- Administration: the audit trail of administrators' changes, and canned responses for agents.

-- Append-only: the application never updates or deletes rows of this table. Entries name their
-- actor, so users are deactivated rather than deleted.
create table audit_entry (
    id             bigint auto_increment primary key,
    occurred_at    datetime(6)   not null,
    actor_id       bigint        not null,
    client_address varchar(45)   null,
    kind           varchar(40)   not null,
    subject        varchar(200)  not null,
    summary        varchar(2000) not null,
    constraint fk_audit_entry_actor foreign key (actor_id) references app_user (id)
);
-- The audit screen lists newest first, optionally of one actor or one kind.
create index ix_audit_entry_occurred on audit_entry (occurred_at, id);
create index ix_audit_entry_actor on audit_entry (actor_id, occurred_at, id);
create index ix_audit_entry_kind on audit_entry (kind, occurred_at, id);

-- Bodies are sanitized HTML with placeholders such as {requester.firstName}.
create table canned_response (
    id      bigint auto_increment primary key,
    title   varchar(200) not null,
    body    mediumtext   not null,
    active  boolean      not null default true,
    version bigint       not null default 0,
    constraint uk_canned_response_title unique (title)
);

-- Administrators may not change the type of a custom field that tickets have values for:
-- that check looks values up by field.
create index ix_ticket_custom_value_field on ticket_custom_value (field_key);
