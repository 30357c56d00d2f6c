-- The KPI reports read tickets by when they were first answered, resolved and closed, and staff
-- replies by when they were written: each a range of its own index, never a scan of the table.
create index ix_ticket_first_response on ticket (first_response_at);
create index ix_ticket_resolved on ticket (resolved_at);
create index ix_ticket_closed on ticket (closed_at);
create index ix_ticket_message_created on ticket_message (created_at, author_id);
-- The backlog when a period starts: the tickets still open that were created before it, from the index alone.
create index ix_ticket_unresolved_created on ticket (unresolved, created_at);
