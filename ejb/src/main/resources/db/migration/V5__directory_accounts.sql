-- People who sign in with their company directory account (LDAP): created at their first sign-in,
-- kept up to date from the directory at each one, and never given a local password.
alter table app_user add column directory_account boolean not null default false;
