-- Screens: a user's own language choice, and the queue filters staff save for themselves.

-- Until a user picks a language in the screens, they follow the browser's Accept-Language.
alter table app_user add column language_chosen boolean not null default false;
