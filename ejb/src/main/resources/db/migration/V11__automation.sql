-- Automation rules: what administrators ask Bilet to do on its own when a ticket changes or time passes.

-- Conditions and actions are read whole with their rule, never queried on their own: they are kept as
-- JSON arrays of the definitions administrators wrote (field, operator, value; type, value, field).
create table automation_rule (
    id              bigint auto_increment primary key,
    rule_key        varchar(40)   not null,
    name            varchar(100)  not null,
    active          boolean       not null,
    position        int           not null,
    trigger_type    varchar(30)   not null,
    trigger_hours   int           null,
    trigger_status  varchar(20)   null,
    conditions      mediumtext    not null,
    actions         mediumtext    not null,
    stop_processing boolean       not null,
    version         bigint        not null,
    constraint uk_automation_rule_key unique (rule_key),
    constraint ck_automation_rule_hours check (trigger_hours is null or trigger_hours between 1 and 8760)
);

-- A time-based rule fires once per ticket and cycle: for "hours since update" the one cycle is the
-- epoch (once per ticket and rule), for "hours in status" the instant the ticket entered the status,
-- so a ticket that comes back to the status can be handled again. The unique key is the last guard
-- against a second firing; the pass checks it under the ticket's row lock first.
create table rule_firing (
    id          bigint auto_increment primary key,
    rule_id     bigint      not null,
    ticket_id   bigint      not null,
    cycle_start datetime(6) not null,
    fired_at    datetime(6) not null,
    constraint uk_rule_firing unique (rule_id, ticket_id, cycle_start),
    constraint fk_rule_firing_rule foreign key (rule_id) references automation_rule (id) on delete cascade,
    constraint fk_rule_firing_ticket foreign key (ticket_id) references ticket (id)
);

-- When the ticket entered its current status: "N hours in status" reads one range of the index.
alter table ticket add column status_since datetime(6) null;
update ticket t set status_since = coalesce(
        (select max(e.occurred_at) from ticket_event e where e.ticket_id = t.id and e.field = 'status'), t.created_at);
alter table ticket modify status_since datetime(6) not null;
create index ix_ticket_status_since on ticket (status, status_since, id);

-- "N hours since the last update" looks at tickets not done yet, oldest update first.
create index ix_ticket_unresolved_updated on ticket (unresolved, updated_at, id);
