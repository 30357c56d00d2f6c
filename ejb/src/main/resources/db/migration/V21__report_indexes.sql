-- The KPI reports read tickets by when they were first answered, resolved and closed, and staff
-- replies by when they were written: each a range of its own index, never a scan of the table.
create index ix_ticket_first_response on ticket (first_response_at);
create index ix_ticket_resolved on ticket (resolved_at);
create index ix_ticket_closed on ticket (closed_at);
create index ix_ticket_message_created on ticket_message (created_at, author_id);
