-- Screens: a user's own language choice, queue indexes, the custom fields a category asks for,
-- and what staff keep for themselves in the helpdesk (saved filters, visible columns).

-- Until a user picks a language in the screens, they follow the browser's Accept-Language.
alter table app_user add column language_chosen boolean not null default false;

-- Queues list unresolved tickets of a team or an assignee by due date. A flag computed from the
-- status lets one index range serve them in order, instead of sorting every matching row.
alter table ticket add column unresolved boolean as (status not in ('RESOLVED', 'CLOSED')) stored;
create index ix_ticket_team_unresolved_due on ticket (team_id, unresolved, due_at);
create index ix_ticket_assignee_unresolved_due on ticket (assignee_id, unresolved, due_at);
create index ix_ticket_unresolved_due on ticket (unresolved, due_at);

-- The custom fields a category asks for when a ticket is submitted; subcategories inherit them.
create table category_custom_field (
    category_id     bigint not null,
    custom_field_id bigint not null,
    primary key (category_id, custom_field_id),
    constraint fk_category_custom_field_category foreign key (category_id) references category (id),
    constraint fk_category_custom_field_field foreign key (custom_field_id) references custom_field (id)
);

-- A saved filter is a named queue address: the queue page's query string.
create table saved_filter (
    id         bigint auto_increment primary key,
    owner_id   bigint        not null,
    name       varchar(100)  not null,
    query      varchar(1000) not null,
    created_at datetime(6)   not null,
    constraint uk_saved_filter_owner_name unique (owner_id, name),
    constraint fk_saved_filter_owner foreign key (owner_id) references app_user (id)
);

-- The queue columns each agent chose to see, in order.
create table desk_layout (
    user_id bigint       not null primary key,
    columns varchar(500) not null,
    constraint fk_desk_layout_user foreign key (user_id) references app_user (id)
);
