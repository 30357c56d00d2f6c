-- The KPI reports count each agent's public replies in a period, half a million messages in a
-- year: with whether the message is internal and its ticket in the index too, the range is read
-- from the index alone.
create index ix_ticket_message_created_kpi on ticket_message (created_at, internal, author_id, ticket_id);
drop index ix_ticket_message_created on ticket_message;
