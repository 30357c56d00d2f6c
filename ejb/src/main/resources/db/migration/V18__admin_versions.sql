-- Teams, organizations, categories, priorities and custom fields get a version, as users and canned
-- responses have: the administration API sends it as the ETag and refuses a change meant for an
-- older one (If-Match), so that two administrators never overwrite each other's work unseen.
alter table team add column version bigint not null default 0;
alter table organization add column version bigint not null default 0;
alter table category add column version bigint not null default 0;
alter table priority add column version bigint not null default 0;
alter table custom_field add column version bigint not null default 0;
