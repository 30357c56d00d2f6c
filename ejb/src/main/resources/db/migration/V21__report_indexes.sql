-- The KPI reports count each agent's public replies in a period: a range of this index.
create index ix_ticket_message_created on ticket_message (created_at, author_id);
