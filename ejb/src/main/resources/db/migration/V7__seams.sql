-- Bilet's own account: the actor of work that no person does (timers, mail intake, rules), shown
-- as "Bilet" in history. It has no password and no role, so nobody signs in as it, no token is
-- issued for it and no ticket is assigned to it; the administration does not list it.
alter table app_user add column system_account boolean not null default false;

insert into app_user (username, email, first_name, last_name, password_hash, locale, time_zone,
                      active, created_at, system_account)
values ('@bilet', 'bilet@system.invalid', 'Bilet', '', null, 'en', 'UTC', true, utc_timestamp(6), true);

-- History names a custom field "custom." + its key, and a key has up to 60 characters.
alter table ticket_event modify field varchar(80) null;
