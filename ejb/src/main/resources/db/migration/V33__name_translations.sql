-- What administrators define, named in the other languages Bilet speaks: a JSON object of language
-- to text ({"pl": "Wysoki", "uk": "Високий"}) in the row it translates, null for none. The name as
-- entered stays the default language's, which readers see where there is no translation. Kept in
-- the row so that it loads and caches with it: a list of tickets costs no look-up more.
-- Nullable columns added last: instant changes, no table is rewritten.
alter table priority add column name_translations text null;
alter table category add column name_translations text null;
alter table custom_field add column label_translations text null;
-- A choice field's values stay what tickets store; this maps each value to its translations.
alter table custom_field add column choice_translations text null;
alter table canned_response add column title_translations text null;
-- Bodies per language are sanitized HTML like the body itself, so as long.
alter table canned_response add column body_translations mediumtext null;
alter table sla_policy add column name_translations text null;
