-- When staff last answered a ticket in public, and when its requester last opened it on the
-- portal: the portal marks the tickets with an answer the requester has not read yet. A nullable
-- column at the end is added in place (no copy of the ticket table).
alter table ticket add column answered_at datetime(6) null;

create table requester_visit (
    ticket_id bigint      not null primary key,
    seen_at   datetime(6) not null,
    constraint fk_requester_visit_ticket foreign key (ticket_id) references ticket (id) on delete cascade
);
