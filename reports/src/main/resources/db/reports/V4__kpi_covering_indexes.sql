-- A year's report reads half a million ticket_fact rows per time range. Through an index on the
-- time alone, every row costs a lookup in the table; these indexes carry, after the time, the
-- filter's dimensions and every column the figures of that range read, so each range is read
-- from the index alone, in order. They replace the indexes on the time alone.
create index ix_ticket_fact_created_kpi on ticket_fact
    (created_at, channel, team_id, category_id, priority_id, organization_id, assignee_id);
create index ix_ticket_fact_first_response_kpi on ticket_fact
    (first_response_at, channel, team_id, category_id, priority_id, organization_id, assignee_id, created_at,
     first_response_phase, first_response_target_ms, first_response_late, first_response_consumed_ms);
create index ix_ticket_fact_resolved_kpi on ticket_fact
    (resolved_at, channel, team_id, category_id, priority_id, organization_id, assignee_id, created_at, unresolved,
     reopens, staff_replies, resolution_phase, resolution_target_ms, resolution_late, first_response_late,
     resolution_consumed_ms);
create index ix_ticket_fact_closed_kpi on ticket_fact
    (closed_at, channel, team_id, category_id, priority_id, organization_id, assignee_id, resolved_at, unresolved);
drop index ix_ticket_fact_created on ticket_fact;
drop index ix_ticket_fact_first_response on ticket_fact;
drop index ix_ticket_fact_resolved on ticket_fact;
drop index ix_ticket_fact_closed on ticket_fact;

-- Each ticket's tags with its creation time, for "top tags of the tickets created in the period"
-- without a lookup per ticket (kept by org.bilet.reports.kpi.TicketFacts when a ticket opens or is retagged).
create table ticket_fact_tag (
    ticket_id  bigint      not null,
    tag        varchar(60) not null,
    created_at datetime(6) not null,
    primary key (ticket_id, tag),
    constraint fk_ticket_fact_tag_ticket foreign key (ticket_id) references ticket (id)
);
create index ix_ticket_fact_tag_created on ticket_fact_tag (created_at, tag);
insert into ticket_fact_tag (ticket_id, tag, created_at)
select g.ticket_id, g.tag, t.created_at from ticket_tag g join ticket t on t.id = g.ticket_id;

-- The wiring's placeholder, replaced by the module's real tables.
drop table reports_placeholder;
