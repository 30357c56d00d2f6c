-- Ticket core: people, classification, tickets, conversation, attachments, history.
-- Times are UTC (datetime(6)); Hibernate writes them with hibernate.jdbc.time_zone=UTC.

create table organization (
    id          bigint auto_increment primary key,
    name        varchar(200) not null,
    parent_id   bigint null,
    constraint fk_organization_parent foreign key (parent_id) references organization (id),
    constraint uk_organization_name unique (name)
);

create table app_user (
    id                        bigint auto_increment primary key,
    username                  varchar(100) not null,
    email                     varchar(254) not null,
    first_name                varchar(100) not null,
    last_name                 varchar(100) not null,
    password_hash             varchar(512) null,
    locale                    varchar(10)  not null,
    time_zone                 varchar(64)  not null,
    organization_id           bigint null,
    contract_number           varchar(64)  null,
    sees_organization_tickets boolean      not null default false,
    active                    boolean      not null default true,
    created_at                datetime(6)  not null,
    version                   bigint       not null default 0,
    constraint uk_user_username unique (username),
    constraint uk_user_email unique (email),
    constraint fk_user_organization foreign key (organization_id) references organization (id)
);

create table user_role (
    user_id bigint      not null,
    role    varchar(20) not null,
    primary key (user_id, role),
    constraint fk_user_role_user foreign key (user_id) references app_user (id)
);

create table user_attribute (
    user_id bigint       not null,
    name    varchar(100) not null,
    value   varchar(500) not null,
    primary key (user_id, name),
    constraint fk_user_attribute_user foreign key (user_id) references app_user (id)
);

create table api_token (
    id           bigint auto_increment primary key,
    user_id      bigint       not null,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    created_at   datetime(6)  not null,
    expires_at   datetime(6)  null,
    revoked      boolean      not null default false,
    constraint uk_api_token_hash unique (token_hash),
    constraint fk_api_token_user foreign key (user_id) references app_user (id)
);

create table team (
    id       bigint auto_increment primary key,
    team_key varchar(60)  not null,
    name     varchar(200) not null,
    email    varchar(254) null,
    constraint uk_team_key unique (team_key)
);

create table team_member (
    team_id bigint not null,
    user_id bigint not null,
    primary key (team_id, user_id),
    constraint fk_team_member_team foreign key (team_id) references team (id),
    constraint fk_team_member_user foreign key (user_id) references app_user (id)
);

create table priority (
    id               bigint auto_increment primary key,
    code             varchar(30)  not null,
    name             varchar(100) not null,
    rank_order       int          not null,
    resolution_hours int          not null,
    is_default       boolean      not null default false,
    constraint uk_priority_code unique (code)
);

create table category (
    id              bigint auto_increment primary key,
    category_key    varchar(100) not null,
    name            varchar(200) not null,
    parent_id       bigint null,
    default_team_id bigint null,
    constraint uk_category_key unique (category_key),
    constraint fk_category_parent foreign key (parent_id) references category (id),
    constraint fk_category_team foreign key (default_team_id) references team (id)
);

create table custom_field (
    id         bigint auto_increment primary key,
    field_key  varchar(60)   not null,
    label      varchar(200)  not null,
    field_type varchar(10)   not null,
    choices    varchar(2000) null,
    required   boolean       not null default false,
    active     boolean       not null default true,
    constraint uk_custom_field_key unique (field_key)
);

create sequence ticket_seq start with 1 increment by 50;
-- Ticket numbers come from their own sequence so that they stay dense and unique across nodes.
create sequence ticket_number_seq start with 1 increment by 1 cache 50;

create table ticket (
    id                bigint       not null primary key,
    number            varchar(20)  not null,
    subject           varchar(200) not null,
    description       mediumtext   not null,
    description_format varchar(4)  not null,
    requester_id      bigint       not null,
    organization_id   bigint       null,
    team_id           bigint       null,
    assignee_id       bigint       null,
    priority_id       bigint       not null,
    category_id       bigint       null,
    channel           varchar(10)  not null,
    status            varchar(10)  not null,
    snoozed_until     datetime(6)  null,
    resolution        text         null,
    resolution_format varchar(4)   null,
    answered          boolean      not null default false,
    created_at        datetime(6)  not null,
    updated_at        datetime(6)  not null,
    first_response_at datetime(6)  null,
    resolved_at       datetime(6)  null,
    closed_at         datetime(6)  null,
    due_at            datetime(6)  null,
    version           bigint       not null,
    constraint uk_ticket_number unique (number),
    constraint fk_ticket_requester foreign key (requester_id) references app_user (id),
    constraint fk_ticket_organization foreign key (organization_id) references organization (id),
    constraint fk_ticket_team foreign key (team_id) references team (id),
    constraint fk_ticket_assignee foreign key (assignee_id) references app_user (id),
    constraint fk_ticket_priority foreign key (priority_id) references priority (id),
    constraint fk_ticket_category foreign key (category_id) references category (id)
);
-- Indexes follow the list filters: each filter column leads, the common sort columns follow.
create index ix_ticket_status_created on ticket (status, created_at);
create index ix_ticket_team_status_due on ticket (team_id, status, due_at);
create index ix_ticket_assignee_status_updated on ticket (assignee_id, status, updated_at);
create index ix_ticket_requester_created on ticket (requester_id, created_at);
create index ix_ticket_organization_created on ticket (organization_id, created_at);
create index ix_ticket_priority_created on ticket (priority_id, created_at);
create index ix_ticket_category_created on ticket (category_id, created_at);
create index ix_ticket_created on ticket (created_at);
create index ix_ticket_updated on ticket (updated_at);
create index ix_ticket_due on ticket (due_at);

create table ticket_tag (
    ticket_id bigint      not null,
    tag       varchar(60) not null,
    primary key (ticket_id, tag),
    constraint fk_ticket_tag_ticket foreign key (ticket_id) references ticket (id)
);
create index ix_ticket_tag_tag on ticket_tag (tag, ticket_id);

create table ticket_custom_value (
    ticket_id bigint        not null,
    field_key varchar(60)   not null,
    value     varchar(2000) not null,
    primary key (ticket_id, field_key),
    constraint fk_ticket_custom_value_ticket foreign key (ticket_id) references ticket (id)
);

create sequence ticket_message_seq start with 1 increment by 50;
create table ticket_message (
    id         bigint      not null primary key,
    ticket_id  bigint      not null,
    author_id  bigint      not null,
    internal   boolean     not null,
    body       mediumtext  not null,
    body_format varchar(4) not null,
    created_at datetime(6) not null,
    constraint fk_ticket_message_ticket foreign key (ticket_id) references ticket (id),
    constraint fk_ticket_message_author foreign key (author_id) references app_user (id)
);
create index ix_ticket_message_ticket on ticket_message (ticket_id, created_at);

create sequence attachment_seq start with 1 increment by 50;
create table attachment (
    id             bigint       not null primary key,
    ticket_id      bigint       not null,
    message_id     bigint       null,
    file_name      varchar(255) not null,
    content_type   varchar(127) not null,
    size_bytes     bigint       not null,
    sha256         varchar(64)  not null,
    uploaded_by_id bigint       not null,
    uploaded_at    datetime(6)  not null,
    constraint fk_attachment_ticket foreign key (ticket_id) references ticket (id),
    constraint fk_attachment_message foreign key (message_id) references ticket_message (id),
    constraint fk_attachment_uploader foreign key (uploaded_by_id) references app_user (id)
);
create index ix_attachment_ticket on attachment (ticket_id, uploaded_at);

-- Append-only: the application never updates or deletes rows of this table.
create sequence ticket_event_seq start with 1 increment by 50;
create table ticket_event (
    id             bigint        not null primary key,
    ticket_id      bigint        not null,
    occurred_at    datetime(6)   not null,
    actor_id       bigint        null,
    channel        varchar(10)   null,
    client_address varchar(45)   null,
    kind           varchar(20)   not null,
    field          varchar(60)   null,
    old_value      varchar(1000) null,
    new_value      varchar(1000) null,
    constraint fk_ticket_event_ticket foreign key (ticket_id) references ticket (id),
    constraint fk_ticket_event_actor foreign key (actor_id) references app_user (id)
);
create index ix_ticket_event_ticket on ticket_event (ticket_id, occurred_at);
