-- A custom field's help text, which requesters see under its label (and agents as its tooltip),
-- with its translations like the label's: a JSON object of language to text, null for none.
alter table custom_field add column help varchar(500) null;
alter table custom_field add column help_translations text null;
