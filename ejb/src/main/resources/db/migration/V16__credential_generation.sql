-- A screen session or an API token counts only while the user's credentials are of the generation it
-- was made in. Revoking a token, deactivating the user or setting a new password starts a new one.
alter table app_user add column credential_generation int not null default 0;
alter table api_token add column generation int not null default 0;
