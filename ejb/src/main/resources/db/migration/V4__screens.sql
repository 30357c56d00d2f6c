-- Screens: a user's own language choice, and the queue filters staff save for themselves.

-- Until a user picks a language in the screens, they follow the browser's Accept-Language.
alter table app_user add column language_chosen boolean not null default false;

-- The custom fields a category asks for when a ticket is submitted; subcategories inherit them.
create table category_custom_field (
    category_id     bigint not null,
    custom_field_id bigint not null,
    primary key (category_id, custom_field_id),
    constraint fk_category_custom_field_category foreign key (category_id) references category (id),
    constraint fk_category_custom_field_field foreign key (custom_field_id) references custom_field (id)
);
