-- In-app notifications for staff, time logged on tickets, and what the managers' workload counts by.

-- Written after a ticket change commits (or by another capability); the text is worded when read,
-- from the kind and its arguments (a JSON array of strings), in the reader's language. The ticket's
-- number and subject are copied so that the list never joins tickets.
create table notification (
    id             bigint auto_increment primary key,
    recipient_id   bigint        not null,
    ticket_number  varchar(20)   not null,
    ticket_subject varchar(200)  not null,
    kind           varchar(40)   not null,
    arguments      varchar(2000) not null,
    created_at     datetime(6)   not null,
    read_at        datetime(6)   null,
    constraint fk_notification_recipient foreign key (recipient_id) references app_user (id)
);
-- The unread count, the unread list (newest first) and "mark all read" read one range of this index.
create index ix_notification_recipient_unread on notification (recipient_id, read_at, created_at);
-- The whole list, newest first, paged.
create index ix_notification_recipient_created on notification (recipient_id, created_at);

create table time_entry (
    id        bigint auto_increment primary key,
    ticket_id bigint       not null,
    agent_id  bigint       not null,
    minutes   int          not null,
    note      varchar(500) null,
    logged_at datetime(6)  not null,
    constraint fk_time_entry_ticket foreign key (ticket_id) references ticket (id),
    constraint fk_time_entry_agent foreign key (agent_id) references app_user (id),
    constraint ck_time_entry_minutes check (minutes between 1 and 1440)
);
create index ix_time_entry_ticket on time_entry (ticket_id, logged_at);
-- The workload sums each agent's minutes since the start of the day and of the week from the index alone.
create index ix_time_entry_logged on time_entry (logged_at, agent_id, minutes);

-- The workload counts the tickets each agent was assigned today from history: a short range of this index.
create index ix_ticket_event_field_occurred on ticket_event (field, occurred_at);
