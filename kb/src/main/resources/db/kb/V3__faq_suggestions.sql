-- Recurring problems found among recent tickets and offered to editors as FAQ articles
-- (org.bilet.kb.faq). Open suggestions are replaced by each computation; accepted and dismissed
-- ones stay, so that a problem once decided is not offered again (unless it grows by half).
create table faq_suggestion (
    id            bigint auto_increment primary key,
    state         varchar(10)   not null,
    title         varchar(200)  not null,
    size          int           not null,
    trend         double        not null,
    ranking       double        not null,
    languages     varchar(40)   not null,
    signature     varchar(1000) not null,
    draft_language varchar(2)   not null,
    draft_title   varchar(200)  not null,
    draft_body    mediumtext    not null,
    computed_at   datetime(6)   not null,
    decided_at    datetime(6),
    decided_by    bigint,
    decided_size  int,
    article_id    bigint,
    constraint fk_faq_suggestion_decided_by foreign key (decided_by) references app_user (id)
);
create index ix_faq_suggestion_state_ranking on faq_suggestion (state, ranking);

create table faq_suggestion_ticket (
    suggestion_id bigint not null,
    position      int    not null,
    ticket_id     bigint not null,
    primary key (suggestion_id, position),
    constraint fk_faq_suggestion_ticket_suggestion foreign key (suggestion_id) references faq_suggestion (id) on delete cascade,
    constraint fk_faq_suggestion_ticket_ticket foreign key (ticket_id) references ticket (id) on delete cascade
);
create index ix_faq_suggestion_ticket_ticket on faq_suggestion_ticket (ticket_id);
