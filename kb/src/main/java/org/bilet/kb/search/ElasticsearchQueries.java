package org.bilet.kb.search;

import static org.bilet.platform.SharedJson.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The Lucene queries of {@link TextQueries} as Elasticsearch/OpenSearch query JSON, so that one
 * builder serves both backends and the quality evaluation runs what either runs. Their terms are
 * already analyzed (as the backend's index analyzes, see {@link Analyzers#of}), so they become
 * {@code term} queries; a boolean query keeps its clauses and minimum of optional ones, a boost its
 * weight. Only the kinds TextQueries builds are known: any other is a programming error, refused.
 */
final class ElasticsearchQueries {

    private ElasticsearchQueries() {
    }

    static JsonObject of(Query query) {
        if (query instanceof TermQuery term) {
            return term(term.getTerm());
        }
        if (query instanceof BoostQuery boost) {
            return boosted(of(boost.getQuery()), boost.getBoost());
        }
        if (query instanceof BooleanQuery bool) {
            return bool(bool);
        }
        if (query instanceof SynonymQuery synonyms) {
            // Several words at one position (a dictionary's lemmas of one word): any of them.
            var should = JSON.createArrayBuilder();
            synonyms.getTerms().forEach(term -> should.add(term(term)));
            return JSON.createObjectBuilder().add("bool", JSON.createObjectBuilder()
                    .add("should", should)
                    .add("minimum_should_match", 1)).build();
        }
        if (query instanceof MatchNoDocsQuery) {
            return nothing();
        }
        throw new IllegalArgumentException("No Elasticsearch form for a " + query.getClass().getSimpleName() + ": " + query);
    }

    private static JsonObject bool(BooleanQuery query) {
        var must = JSON.createArrayBuilder();
        var should = JSON.createArrayBuilder();
        var filter = JSON.createArrayBuilder();
        var mustNot = JSON.createArrayBuilder();
        int positive = 0;
        for (BooleanClause clause : query.clauses()) {
            var json = of(clause.getQuery());
            switch (clause.getOccur()) {
                case MUST -> must.add(json);
                case SHOULD -> should.add(json);
                case FILTER -> filter.add(json);
                case MUST_NOT -> mustNot.add(json);
            }
            if (clause.getOccur() != BooleanClause.Occur.MUST_NOT) {
                positive++;
            }
        }
        // Lucene matches nothing with no clause that could match; Elasticsearch would match everything.
        if (positive == 0) {
            return nothing();
        }
        var bool = JSON.createObjectBuilder();
        addNonEmpty(bool, "must", must);
        addNonEmpty(bool, "should", should);
        addNonEmpty(bool, "filter", filter);
        addNonEmpty(bool, "must_not", mustNot);
        // Lucene's default (none of the optional clauses needed beside a required one, else one) is
        // Elasticsearch's too; any other minimum is said.
        if (query.getMinimumNumberShouldMatch() > 0) {
            bool.add("minimum_should_match", query.getMinimumNumberShouldMatch());
        }
        return JSON.createObjectBuilder().add("bool", bool).build();
    }

    private static void addNonEmpty(JsonObjectBuilder bool, String occur, JsonArrayBuilder clauses) {
        var built = clauses.build();
        if (!built.isEmpty()) {
            bool.add(occur, built);
        }
    }

    private static JsonObject term(Term term) {
        return JSON.createObjectBuilder().add("term", JSON.createObjectBuilder()
                .add(term.field(), JSON.createObjectBuilder().add("value", term.text()))).build();
    }

    /** A query's score times the weight, as Lucene's BoostQuery gives it. */
    private static JsonObject boosted(JsonObject query, float boost) {
        return JSON.createObjectBuilder().add("bool", JSON.createObjectBuilder()
                .add("must", JSON.createArrayBuilder().add(query))
                .add("boost", boost)).build();
    }

    private static JsonObject nothing() {
        return JSON.createObjectBuilder().add("match_none", JSON.createObjectBuilder()).build();
    }
}
