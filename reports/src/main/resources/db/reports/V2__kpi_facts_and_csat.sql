-- What the KPIs read: one narrow row per ticket (ticket_fact) with the ticket's columns the figures
-- group and measure by, its SLA outcomes, and what the ticket's own row does not hold (staff's
-- public replies, reopenings); kept current in the transaction of each change
-- (org.bilet.reports.kpi.TicketFacts). A year's report reads half a million of these rows: narrow,
-- they stay in memory, where the ticket's own rows (subjects, descriptions) would not.
create table ticket_fact (
    ticket_id                  bigint      not null primary key,
    created_at                 datetime(6) not null,
    first_response_at          datetime(6) null,
    resolved_at                datetime(6) null,
    closed_at                  datetime(6) null,
    unresolved                 boolean     not null,
    channel                    varchar(10) not null,
    team_id                    bigint      null,
    category_id                bigint      null,
    priority_id                bigint      not null,
    organization_id            bigint      null,
    assignee_id                bigint      null,
    first_response_phase       varchar(12) null,
    first_response_target_ms   bigint      null,
    first_response_consumed_ms bigint      null,
    first_response_late        boolean     null,
    resolution_phase           varchar(12) null,
    resolution_target_ms       bigint      null,
    resolution_consumed_ms     bigint      null,
    resolution_late            boolean     null,
    staff_replies              int         not null default 0,
    reopens                    int         not null default 0,
    constraint fk_ticket_fact_ticket foreign key (ticket_id) references ticket (id)
);
-- Each figure reads a range of the time it is about.
create index ix_ticket_fact_created on ticket_fact (created_at);
create index ix_ticket_fact_first_response on ticket_fact (first_response_at);
create index ix_ticket_fact_resolved on ticket_fact (resolved_at);
create index ix_ticket_fact_closed on ticket_fact (closed_at);
create index ix_ticket_fact_unresolved_created on ticket_fact (unresolved, created_at);

-- Each reopening, for "reopened in the period".
create table ticket_reopen (
    ticket_id   bigint      not null,
    reopened_at datetime(6) not null,
    primary key (ticket_id, reopened_at),
    constraint fk_ticket_reopen_ticket foreign key (ticket_id) references ticket (id)
);
create index ix_ticket_reopen_at on ticket_reopen (reopened_at);

-- Tickets that existed before: their facts from the tickets and the history already written.
insert into ticket_fact (ticket_id, created_at, first_response_at, resolved_at, closed_at, unresolved, channel, team_id,
                         category_id, priority_id, organization_id, assignee_id, first_response_phase,
                         first_response_target_ms, first_response_consumed_ms, first_response_late, resolution_phase,
                         resolution_target_ms, resolution_consumed_ms, resolution_late, staff_replies, reopens)
select t.id, t.created_at, t.first_response_at, t.resolved_at, t.closed_at, t.unresolved, t.channel, t.team_id,
       t.category_id, t.priority_id, t.organization_id, t.assignee_id, t.first_response_phase,
       t.first_response_target_ms, t.first_response_consumed_ms, t.first_response_late, t.resolution_phase,
       t.resolution_target_ms, t.resolution_consumed_ms, t.resolution_late,
       (select count(*) from ticket_message m
        where m.ticket_id = t.id and m.internal = false
          and exists (select 1 from user_role r where r.user_id = m.author_id and r.role <> 'REQUESTER')),
       (select count(*) from ticket_event e
        where e.ticket_id = t.id and e.field = 'status' and e.old_value in ('RESOLVED', 'CLOSED')
          and e.new_value not in ('RESOLVED', 'CLOSED'))
from ticket t;
insert into ticket_reopen (ticket_id, reopened_at)
select distinct e.ticket_id, e.occurred_at from ticket_event e
where e.field = 'status' and e.old_value in ('RESOLVED', 'CLOSED') and e.new_value not in ('RESOLVED', 'CLOSED');

-- Customer satisfaction: one survey per ticket, asked when it is resolved. The link's token is
-- stored only as its SHA-256; the answer may change until changeable_until.
create table csat_survey (
    ticket_id        bigint        not null primary key,
    requester_id     bigint        not null,
    token_hash       varchar(64)   not null,
    sent_at          datetime(6)   not null,
    expires_at       datetime(6)   not null,
    rating           tinyint       null,
    comment          varchar(2000) null,
    answered_at      datetime(6)   null,
    changeable_until datetime(6)   null,
    version          bigint        not null default 0,
    constraint uk_csat_survey_token unique (token_hash),
    constraint fk_csat_survey_ticket foreign key (ticket_id) references ticket (id),
    constraint fk_csat_survey_requester foreign key (requester_id) references app_user (id),
    constraint ck_csat_survey_rating check (rating between 1 and 5)
);
create index ix_csat_survey_sent on csat_survey (sent_at);
create index ix_csat_survey_answered on csat_survey (answered_at);
