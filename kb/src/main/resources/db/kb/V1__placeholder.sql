-- The first migration of kb, run after the core's (own history: flyway_schema_history_kb).
-- The table of KbPlaceholder, which proves the wiring until kb's first real entity
-- replaces it; a later migration of kb drops it then.
create table kb_placeholder (
    id   bigint auto_increment primary key,
    name varchar(100) not null
);
