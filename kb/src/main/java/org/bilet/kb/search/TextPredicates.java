package org.bilet.kb.search;

import org.apache.lucene.search.Query;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * A query of {@link TextQueries} as a predicate of the configured backend: the Lucene query itself
 * for the embedded index, its JSON form ({@link ElasticsearchQueries}) for a cluster. The rest of a
 * search (visibility, filters, facets, sorting, paging) is Hibernate Search's own, alike on both.
 */
final class TextPredicates {

    private TextPredicates() {
    }

    static SearchPredicate of(SearchPredicateFactory f, Query query) {
        return switch (SearchBackend.configured()) {
            case LUCENE -> f.extension(LuceneExtension.get()).fromLuceneQuery(query).toPredicate();
            case ELASTICSEARCH -> f.extension(ElasticsearchExtension.get()).fromJson(ElasticsearchQueries.of(query).toString()).toPredicate();
        };
    }
}
