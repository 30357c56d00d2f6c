-- Hibernate Search's outbox-polling coordination, used with an Elasticsearch/OpenSearch backend
-- (BILET_SEARCH_URL): each transaction that changes what is indexed writes an event here, in the same
-- transaction, and the nodes' agents index from it, so a change reaches the index once even when its
-- node dies right after the commit. Empty and unread with the embedded Lucene index. Columns as
-- Hibernate Search 7.2 maps its two entities (names through Bilet's naming strategy; the tenant
-- column is mapped even without multi-tenancy).
create table hsearch_outbox_event (
    id             uuid         not null primary key,
    entity_name    varchar(256) not null,
    entity_id      varchar(256) not null,
    entity_id_hash int          not null,
    payload        longblob     not null,
    retries        int          not null,
    process_after  datetime(6)  not null,
    status         varchar(255) not null,
    tenant_id      varchar(255) null
);
create index entity_id_hash on hsearch_outbox_event (entity_id_hash);
create index status on hsearch_outbox_event (status);
create index process_after on hsearch_outbox_event (process_after);

create table hsearch_agent (
    id                   uuid         not null primary key,
    type                 varchar(255) not null,
    name                 varchar(255) not null,
    expiration           datetime(6)  not null,
    state                varchar(255) not null,
    total_shard_count    int          null,
    assigned_shard_index int          null,
    payload              longblob     null,
    tenant_id            varchar(255) null
);
