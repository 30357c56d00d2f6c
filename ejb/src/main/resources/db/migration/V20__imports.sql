-- Imports of users and tickets from other help desks' CSV exports (org.bilet.imports).
-- A job: what was asked (source, kind, dry run, files), by whom, where it is, and its counts; the
-- bad rows as JSON, the first 1000 of them (bad_count holds how many there were).
create table import_job (
    id          bigint auto_increment primary key,
    source      varchar(20)   not null,
    kind        varchar(20)   not null,
    dry_run     boolean       not null,
    files       varchar(500)  not null,
    started_by  varchar(100)  not null,
    created_at  datetime(6)   not null,
    finished_at datetime(6)   null,
    state       varchar(20)   not null,
    total_rows  int           not null,
    read_rows   int           not null,
    imported    int           not null,
    skipped     int           not null,
    bad_count   int           not null,
    bad_rows    longtext      not null,
    failure     varchar(1000) null,
    version     bigint        not null
);
create index ix_import_job_created on import_job (created_at, id);

-- What was imported from where: one row per source, kind (USER, TICKET, MESSAGE) and the
-- source's id, written in the transaction that creates the Bilet record. The unique key is what
-- makes a re-run, or a run after an interrupted one, import nothing twice.
create table import_key (
    id          bigint auto_increment primary key,
    source      varchar(20)  not null,
    kind        varchar(20)  not null,
    external_id varchar(220) not null,
    bilet_id    varchar(100) not null,
    job_id      bigint       not null,
    created_at  datetime(6)  not null,
    constraint uq_import_key unique (source, kind, external_id),
    constraint fk_import_key_job foreign key (job_id) references import_job (id)
);
