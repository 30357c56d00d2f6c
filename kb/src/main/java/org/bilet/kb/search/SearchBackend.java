package org.bilet.kb.search;

import java.util.Optional;

/**
 * Where the index lives: the embedded Lucene index under the data directory (the default), or an
 * Elasticsearch/OpenSearch cluster when {@code BILET_SEARCH_URL} names one. Read from the
 * environment, once, by the persistence unit's settings ({@link ElasticsearchBackendSettings}) and by
 * the queries ({@link TextPredicates}), which must agree.
 */
public enum SearchBackend {

    LUCENE,
    ELASTICSEARCH;

    static final String URL = "BILET_SEARCH_URL";
    static final String USER = "BILET_SEARCH_USER";
    static final String PASSWORD = "BILET_SEARCH_PASSWORD";

    private static final SearchBackend CONFIGURED = setting(URL).isPresent() ? ELASTICSEARCH : LUCENE;

    /** The backend this server was started with. */
    public static SearchBackend configured() {
        return CONFIGURED;
    }

    static Optional<String> setting(String name) {
        return Optional.ofNullable(System.getenv(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
