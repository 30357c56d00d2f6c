-- The first migration of reports, run after the core's (own history: flyway_schema_history_reports).
-- The table of ReportsPlaceholder, which proves the wiring until reports's first real entity
-- replaces it; a later migration of reports drops it then.
create table reports_placeholder (
    id   bigint auto_increment primary key,
    name varchar(100) not null
);
