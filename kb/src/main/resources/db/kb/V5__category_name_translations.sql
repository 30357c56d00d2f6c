-- A knowledge-base category named in other languages: a JSON object of language to text, null for
-- none; the name as entered is the default language's. Read with the category tree, cached with it.
alter table kb_category add column name_translations text null;
