-- Knowledge-base articles. The placeholder that proved kb's wiring gives way to them.
drop table kb_placeholder;

-- Administrators' choices about the review (one row): whether editors publish too, and whether
-- an author may approve their own version.
create table kb_settings (
    id              int     primary key,
    editors_publish boolean not null default false,
    self_approval   boolean not null default false,
    version         bigint  not null default 0,
    constraint ck_kb_settings_one check (id = 1)
);
insert into kb_settings (id) values (1);

-- Categories form a tree; siblings are shown by position, then name.
create table kb_category (
    id        bigint auto_increment primary key,
    parent_id bigint       null,
    name      varchar(100) not null,
    position  int          not null default 0,
    version   bigint       not null default 0,
    constraint fk_kb_category_parent foreign key (parent_id) references kb_category (id)
);
create index ix_kb_category_parent on kb_category (parent_id, position);

create table kb_article (
    id                bigint auto_increment primary key,
    category_id       bigint      not null,
    visibility        varchar(20) not null,
    original_language varchar(2)  not null,
    created_by        bigint      not null,
    created_at        datetime(6) not null,
    view_count        bigint      not null default 0,
    helpful_yes       bigint      not null default 0,
    helpful_no        bigint      not null default 0,
    deflections       bigint      not null default 0,
    version           bigint      not null default 0,
    constraint fk_kb_article_category foreign key (category_id) references kb_category (id),
    constraint fk_kb_article_created_by foreign key (created_by) references app_user (id)
);
-- Readers' lists: a category's articles of the visibilities they may read, newest first.
create index ix_kb_article_category on kb_article (category_id, visibility, id);
create index ix_kb_article_visibility on kb_article (visibility, id);

create table kb_article_tag (
    article_id bigint      not null,
    tag        varchar(60) not null,
    primary key (article_id, tag),
    constraint fk_kb_article_tag_article foreign key (article_id) references kb_article (id)
);
create index ix_kb_article_tag on kb_article_tag (tag, article_id);

-- Each language has its own line of versions; numbers count across the article's languages, so
-- that a number names one version. At most one version per language is PUBLISHED.
create table kb_article_version (
    id           bigint auto_increment primary key,
    article_id   bigint       not null,
    language     varchar(2)   not null,
    number       int          not null,
    state        varchar(20)  not null,
    title        varchar(200) not null,
    body         mediumtext   not null,
    change_note  varchar(500) null,
    author_id    bigint       not null,
    created_at   datetime(6)  not null,
    reviewed_by  bigint       null,
    reviewed_at  datetime(6)  null,
    published_by bigint       null,
    published_at datetime(6)  null,
    version      bigint       not null default 0,
    constraint uk_kb_article_version_number unique (article_id, number),
    constraint fk_kb_article_version_article foreign key (article_id) references kb_article (id),
    constraint fk_kb_article_version_author foreign key (author_id) references app_user (id),
    constraint fk_kb_article_version_reviewer foreign key (reviewed_by) references app_user (id),
    constraint fk_kb_article_version_publisher foreign key (published_by) references app_user (id)
);
-- A language's published (or open) version of an article; editors' lists by state and language.
create index ix_kb_article_version_line on kb_article_version (article_id, language, state);
create index ix_kb_article_version_state on kb_article_version (state, language, article_id);

-- Related articles, as the article lists them.
create table kb_article_related (
    article_id bigint not null,
    related_id bigint not null,
    primary key (article_id, related_id),
    constraint fk_kb_article_related_article foreign key (article_id) references kb_article (id),
    constraint fk_kb_article_related_related foreign key (related_id) references kb_article (id)
);
create index ix_kb_article_related_related on kb_article_related (related_id);

-- Tickets an article answers (or that it was written from).
create table kb_article_ticket (
    article_id bigint not null,
    ticket_id  bigint not null,
    primary key (article_id, ticket_id),
    constraint fk_kb_article_ticket_article foreign key (article_id) references kb_article (id),
    constraint fk_kb_article_ticket_ticket foreign key (ticket_id) references ticket (id)
);
create index ix_kb_article_ticket_ticket on kb_article_ticket (ticket_id);

-- "Was this helpful?": the counts live on the article; the rows keep comments for editors.
create table kb_article_feedback (
    id         bigint auto_increment primary key,
    article_id bigint        not null,
    language   varchar(2)    not null,
    helpful    boolean       not null,
    comment    varchar(2000) null,
    user_id    bigint        null,
    created_at datetime(6)   not null,
    constraint fk_kb_article_feedback_article foreign key (article_id) references kb_article (id),
    constraint fk_kb_article_feedback_user foreign key (user_id) references app_user (id)
);
create index ix_kb_article_feedback_article on kb_article_feedback (article_id, created_at);
