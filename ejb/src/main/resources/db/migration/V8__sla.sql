-- SLA: business-hour calendars, policies that choose a ticket's promises, and each ticket's three
-- promise clocks (first response, next response, resolution) as columns of the ticket.

create table sla_calendar (
    id           bigint auto_increment primary key,
    calendar_key varchar(40)  not null,
    name         varchar(100) not null,
    zone         varchar(60)  not null,
    version      bigint       not null default 0,
    constraint uk_sla_calendar_key unique (calendar_key)
);

create table sla_calendar_hours (
    calendar_id bigint      not null,
    day_of_week varchar(9)  not null,
    opens       time        not null,
    closes      time        not null,
    constraint fk_sla_calendar_hours foreign key (calendar_id) references sla_calendar (id) on delete cascade
);
create index ix_sla_calendar_hours on sla_calendar_hours (calendar_id);

create table sla_holiday (
    calendar_id bigint       not null,
    day         date         not null,
    name        varchar(100) not null,
    primary key (calendar_id, day),
    constraint fk_sla_holiday_calendar foreign key (calendar_id) references sla_calendar (id) on delete cascade
);

create table sla_policy (
    id                     bigint auto_increment primary key,
    policy_key             varchar(40)  not null,
    name                   varchar(100) not null,
    position               int          not null,
    fallback               boolean      not null default false,
    calendar_id            bigint       not null,
    priority_id            bigint       null,
    category_id            bigint       null,
    team_id                bigint       null,
    organization_id        bigint       null,
    channel                varchar(10)  null,
    first_response_minutes int          null,
    next_response_minutes  int          null,
    resolution_minutes     int          null,
    warning_percent        int          not null default 80,
    auto_close_days        int          not null default 7,
    version                bigint       not null default 0,
    constraint uk_sla_policy_key unique (policy_key),
    constraint fk_sla_policy_calendar foreign key (calendar_id) references sla_calendar (id),
    constraint fk_sla_policy_priority foreign key (priority_id) references priority (id),
    constraint fk_sla_policy_category foreign key (category_id) references category (id),
    constraint fk_sla_policy_team foreign key (team_id) references team (id),
    constraint fk_sla_policy_organization foreign key (organization_id) references organization (id)
);

-- Each promise: its target, where its clock stands, the due and warning instants derived from
-- both with the calendar, and the highest alert already raised (so that none is raised twice).
alter table ticket
    add column sla_policy_id bigint null,
    add column sla_state varchar(10) null,
    add column sla_alert_at datetime(6) null,
    add column auto_close_at datetime(6) null,
    add column first_response_target_ms bigint null,
    add column first_response_phase varchar(12) null,
    add column first_response_since datetime(6) null,
    add column first_response_consumed_ms bigint null,
    add column first_response_late boolean null,
    add column first_response_due_at datetime(6) null,
    add column first_response_warn_at datetime(6) null,
    add column first_response_alerted varchar(10) null,
    add column next_response_target_ms bigint null,
    add column next_response_phase varchar(12) null,
    add column next_response_since datetime(6) null,
    add column next_response_consumed_ms bigint null,
    add column next_response_late boolean null,
    add column next_response_due_at datetime(6) null,
    add column next_response_warn_at datetime(6) null,
    add column next_response_alerted varchar(10) null,
    add column resolution_target_ms bigint null,
    add column resolution_phase varchar(12) null,
    add column resolution_since datetime(6) null,
    add column resolution_consumed_ms bigint null,
    add column resolution_late boolean null,
    add column resolution_due_at datetime(6) null,
    add column resolution_warn_at datetime(6) null,
    add column resolution_alerted varchar(10) null,
    add constraint fk_ticket_sla_policy foreign key (sla_policy_id) references sla_policy (id);

-- The watch finds what is due by these, never by a scan.
create index ix_ticket_sla_alert on ticket (sla_alert_at);
create index ix_ticket_auto_close on ticket (auto_close_at);
create index ix_ticket_snoozed on ticket (snoozed_until);
-- The at-risk queue: unresolved tickets whose promise warns or is breached, soonest due first.
create index ix_ticket_unresolved_sla on ticket (unresolved, sla_state, due_at);

-- How each promise's clock moved, for explaining it: started, paused and why, resumed, stopped.
create table sla_mark (
    id          bigint auto_increment primary key,
    ticket_id   bigint       not null,
    promise     varchar(16)  not null,
    move        varchar(12)  not null,
    reason      varchar(40)  null,
    occurred_at datetime(6)  not null,
    consumed_ms bigint       not null,
    target_ms   bigint       not null,
    constraint fk_sla_mark_ticket foreign key (ticket_id) references ticket (id)
);
create index ix_sla_mark_ticket on sla_mark (ticket_id, id);

-- Until administrators say otherwise: round the clock in UTC, one policy per priority with the
-- priority's resolution target, a first and next response within a quarter of it (at least an hour).
insert into sla_calendar (calendar_key, name, zone) values ('always', 'Round the clock (24/7)', 'UTC');
insert into sla_calendar_hours (calendar_id, day_of_week, opens, closes)
select c.id, d.day, '00:00', '00:00'
from sla_calendar c
cross join (select 'MONDAY' as day union all select 'TUESDAY' union all select 'WEDNESDAY' union all select 'THURSDAY'
            union all select 'FRIDAY' union all select 'SATURDAY' union all select 'SUNDAY') d
where c.calendar_key = 'always';

insert into sla_policy (policy_key, name, position, fallback, calendar_id, priority_id,
                        first_response_minutes, next_response_minutes, resolution_minutes)
select lower(p.code), p.name, p.rank_order, p.is_default, c.id, case when p.is_default then null else p.id end,
       greatest(60, p.resolution_hours * 15), greatest(60, p.resolution_hours * 15), p.resolution_hours * 60
from priority p cross join sla_calendar c
where c.calendar_key = 'always';
