-- Routing: how each team hands out its tickets, which agents take new work, what they are good at,
-- and the offers that return to the team queue when nobody takes them in time.

-- One row per team that left MANUAL or set a timeout; a team without a row is MANUAL. The row is
-- locked while a ticket is handed out, so concurrent round-robin turns never pick the same agent.
create table team_routing (
    team_id                    bigint      not null primary key,
    mode                       varchar(20) not null,
    assignment_timeout_minutes int         null,
    last_assignee_id           bigint      null,
    constraint fk_team_routing_team foreign key (team_id) references team (id),
    constraint fk_team_routing_last_assignee foreign key (last_assignee_id) references app_user (id)
);

-- What an agent of a team is good at, for SKILL_BASED routing.
create table agent_skills (
    id       bigint auto_increment primary key,
    team_id  bigint not null,
    agent_id bigint not null,
    constraint uk_agent_skills_team_agent unique (team_id, agent_id),
    constraint fk_agent_skills_team foreign key (team_id) references team (id),
    constraint fk_agent_skills_agent foreign key (agent_id) references app_user (id)
);

create table agent_skill_category (
    skills_id   bigint not null,
    category_id bigint not null,
    primary key (skills_id, category_id),
    -- Skill-based routing asks "who in this team knows this category".
    index ix_agent_skill_category_category (category_id, skills_id),
    constraint fk_agent_skill_category_skills foreign key (skills_id) references agent_skills (id),
    constraint fk_agent_skill_category_category foreign key (category_id) references category (id)
);

create table agent_skill_language (
    skills_id bigint     not null,
    language  varchar(5) not null,
    primary key (skills_id, language),
    constraint fk_agent_skill_language_skills foreign key (skills_id) references agent_skills (id)
);

-- An agent without a row is available. Bilet sets an agent away after three offers in a row timed
-- out, and says so in away_reason.
create table agent_availability (
    agent_id         bigint      not null primary key,
    available        boolean     not null,
    changed_at       datetime(6) not null,
    away_reason      varchar(20) null,
    timeouts_in_row  int         not null default 0,
    constraint fk_agent_availability_agent foreign key (agent_id) references app_user (id)
);

-- The automatic assignment of a ticket waiting to be taken; expires_at is null once taken,
-- withdrawn or expired. The timeout pass finds due offers through the index on expires_at.
create table assignment_offer (
    ticket_id  bigint      not null primary key,
    agent_id   bigint      null,
    offered_at datetime(6) null,
    expires_at datetime(6) null,
    index ix_assignment_offer_expires (expires_at),
    constraint fk_assignment_offer_ticket foreign key (ticket_id) references ticket (id),
    constraint fk_assignment_offer_agent foreign key (agent_id) references app_user (id)
);
