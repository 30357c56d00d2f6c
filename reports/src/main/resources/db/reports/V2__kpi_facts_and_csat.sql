-- What the KPIs need beyond the ticket's own columns, kept current in the transaction of each
-- change (org.bilet.reports.kpi.TicketFacts), so that no report counts history rows.

-- Per ticket: staff's public replies and how often it was reopened (for replies per ticket,
-- one-touch resolution and the reopen rate).
create table ticket_fact (
    ticket_id     bigint not null primary key,
    staff_replies int    not null default 0,
    reopens       int    not null default 0,
    constraint fk_ticket_fact_ticket foreign key (ticket_id) references ticket (id)
);

-- Each reopening, for "reopened in the period".
create table ticket_reopen (
    ticket_id   bigint      not null,
    reopened_at datetime(6) not null,
    primary key (ticket_id, reopened_at),
    constraint fk_ticket_reopen_ticket foreign key (ticket_id) references ticket (id)
);
create index ix_ticket_reopen_at on ticket_reopen (reopened_at);

-- Tickets that existed before: their facts from the history already written.
insert into ticket_fact (ticket_id, staff_replies, reopens)
select t.id,
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
