-- The language a ticket is written in (pl, lt, uk, ru, it, en): given on create or detected from its
-- text; search analyzes the ticket's text in it. Nullable and last: an instant change on a big table.
alter table ticket add column language varchar(8) null;
