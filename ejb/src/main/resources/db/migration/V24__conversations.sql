-- Conversations: merged tickets, links between tickets, watchers.

-- A merged ticket is CLOSED and names the ticket it went into; reading a merged ticket follows it.
alter table ticket add column merged_into_id bigint null;
alter table ticket add constraint fk_ticket_merged_into foreign key (merged_into_id) references ticket (id);

-- One row per pair of linked tickets, stored in one direction: RELATED, DUPLICATE_OF (ticket is a
-- duplicate of linked), PARENT_OF (ticket is the parent of linked). Both tickets read it: by the
-- unique key from the ticket's side, by ix_ticket_link_linked from the other.
create sequence ticket_link_seq start with 1 increment by 50;
create table ticket_link (
    id            bigint      not null primary key,
    ticket_id     bigint      not null,
    linked_id     bigint      not null,
    kind          varchar(20) not null,
    created_at    datetime(6) not null,
    created_by_id bigint      not null,
    constraint uq_ticket_link unique (ticket_id, linked_id),
    constraint fk_ticket_link_ticket foreign key (ticket_id) references ticket (id),
    constraint fk_ticket_link_linked foreign key (linked_id) references ticket (id),
    constraint fk_ticket_link_created_by foreign key (created_by_id) references app_user (id)
);
create index ix_ticket_link_linked on ticket_link (linked_id, ticket_id);

-- People who follow a ticket besides its requester and assignee. The key serves a ticket's list and
-- the visibility check; the user's index serves "tickets I watch" in the portal's queries.
create sequence ticket_watcher_seq start with 1 increment by 50;
create table ticket_watcher (
    id          bigint      not null primary key,
    ticket_id   bigint      not null,
    user_id     bigint      not null,
    added_at    datetime(6) not null,
    added_by_id bigint      not null,
    constraint uq_ticket_watcher unique (ticket_id, user_id),
    constraint fk_ticket_watcher_ticket foreign key (ticket_id) references ticket (id),
    constraint fk_ticket_watcher_user foreign key (user_id) references app_user (id),
    constraint fk_ticket_watcher_added_by foreign key (added_by_id) references app_user (id)
);
create index ix_ticket_watcher_user on ticket_watcher (user_id, ticket_id);
