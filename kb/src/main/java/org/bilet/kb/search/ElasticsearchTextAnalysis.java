package org.bilet.kb.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilet.kb.language.TextLanguage;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.elasticsearch.analysis.model.dsl.ElasticsearchAnalysisComponentParametersStep;

/**
 * The analyzers of {@link Analyzers}, for an Elasticsearch/OpenSearch cluster, under the same names
 * ({@link TextAnalysis}): the same tokenizer and filters as the cluster names them. One difference:
 * Polish is stemmed by Stempel ({@code polish_stem}, OpenSearch's analysis-stempel plugin), as
 * Morfologik has no plugin for OpenSearch; the queries read Polish the same way on this backend
 * ({@link Analyzers#of(TextLanguage, SearchBackend)}). Ukrainian needs the analysis-ukrainian
 * plugin. Written as data, so that the quality evaluation creates the very same index settings.
 */
public class ElasticsearchTextAnalysis implements ElasticsearchAnalysisConfigurer {

    /** A token filter with its parameters (a String, a String[], a Boolean or a Number each). */
    record FilterDefinition(String name, String type, Map<String, Object> params) {
    }

    /** An analyzer: a tokenizer and filters (custom), or a type of the cluster's with parameters. */
    record AnalyzerDefinition(String name, String tokenizer, List<String> filters, String type, Map<String, Object> params) {

        static AnalyzerDefinition custom(String name, String tokenizer, String... filters) {
            return new AnalyzerDefinition(name, tokenizer, List.of(filters), null, Map.of());
        }

        static AnalyzerDefinition typed(String name, String type, Map<String, Object> params) {
            return new AnalyzerDefinition(name, null, List.of(), type, params);
        }
    }

    static final String PREFIX_FILTER = "bilet_word_prefix";
    static final String LITHUANIAN_FILTER = "bilet_lithuanian_snowball";
    static final String RUSSIAN_FILTER = "bilet_light_russian";
    static final String ITALIAN_FILTER = "bilet_light_italian";
    static final String ITALIAN_ELISION = "bilet_italian_elision";
    static final String POSSESSIVE_FILTER = "bilet_possessive_english";

    /**
     * Words of {@link Analyzers#PREFIX_LENGTH} letters or more cut to that many, as
     * {@link WordPrefixFilter} does; a token holding a digit (Unicode's Nd, as Character.isDigit) stays whole.
     */
    static final String PREFIX_PATTERN = "^(\\P{Nd}{" + Analyzers.PREFIX_LENGTH + "})\\P{Nd}+$";

    static final List<FilterDefinition> FILTERS = List.of(
            new FilterDefinition(PREFIX_FILTER, "pattern_replace", Map.of("pattern", PREFIX_PATTERN, "replacement", "$1")),
            new FilterDefinition(LITHUANIAN_FILTER, "snowball", Map.of("language", "Lithuanian")),
            new FilterDefinition(RUSSIAN_FILTER, "stemmer", Map.of("language", "light_russian")),
            new FilterDefinition(ITALIAN_FILTER, "stemmer", Map.of("language", "light_italian")),
            new FilterDefinition(ITALIAN_ELISION, "elision", Map.of("articles", Analyzers.ITALIAN_ARTICLE_LIST.toArray(String[]::new),
                    "articles_case", true)),
            new FilterDefinition(POSSESSIVE_FILTER, "stemmer", Map.of("language", "possessive_english")));

    static final List<AnalyzerDefinition> ANALYZERS = analyzers();

    private static List<AnalyzerDefinition> analyzers() {
        var analyzers = new ArrayList<AnalyzerDefinition>();
        analyzers.add(AnalyzerDefinition.custom(TextAnalysis.FOLDED, "standard", "lowercase", "asciifolding"));
        analyzers.add(AnalyzerDefinition.custom(TextAnalysis.PREFIX, "standard", "lowercase", "asciifolding", PREFIX_FILTER));
        analyzers.add(AnalyzerDefinition.custom(TextAnalysis.CONCEPT, "whitespace"));
        for (var language : TextLanguage.values()) {
            var name = TextAnalysis.of(language);
            analyzers.add(switch (language) {
                case PL -> AnalyzerDefinition.custom(name, "standard", "lowercase", "polish_stem", "asciifolding");
                case LT -> AnalyzerDefinition.custom(name, "standard", "lowercase", LITHUANIAN_FILTER, "asciifolding");
                case UK -> AnalyzerDefinition.typed(name, "ukrainian", Map.of("stopwords", "_none_"));
                case RU -> AnalyzerDefinition.custom(name, "standard", "lowercase", RUSSIAN_FILTER);
                case IT -> AnalyzerDefinition.custom(name, "standard", ITALIAN_ELISION, "lowercase", ITALIAN_FILTER, "asciifolding");
                case EN -> AnalyzerDefinition.custom(name, "standard", POSSESSIVE_FILTER, "lowercase", "porter_stem");
            });
        }
        return List.copyOf(analyzers);
    }

    /** The folded normalizer of keyword fields: lowercase, then diacritics folded. */
    static final List<String> FOLDED_NORMALIZER = List.of("lowercase", "asciifolding");

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        for (var filter : FILTERS) {
            params(context.tokenFilter(filter.name()).type(filter.type()), filter.params());
        }
        for (var analyzer : ANALYZERS) {
            if (analyzer.type() != null) {
                params(context.analyzer(analyzer.name()).type(analyzer.type()), analyzer.params());
            } else {
                var custom = context.analyzer(analyzer.name()).custom().tokenizer(analyzer.tokenizer());
                if (!analyzer.filters().isEmpty()) {
                    custom.tokenFilters(analyzer.filters().toArray(String[]::new));
                }
            }
        }
        context.normalizer(TextAnalysis.FOLDED).custom().tokenFilters(FOLDED_NORMALIZER.toArray(String[]::new));
    }

    private static void params(ElasticsearchAnalysisComponentParametersStep step, Map<String, Object> params) {
        new LinkedHashMap<>(params).forEach((name, value) -> {
            if (value instanceof String text) {
                step.param(name, text);
            } else if (value instanceof String[] texts) {
                step.param(name, texts);
            } else if (value instanceof Boolean flag) {
                step.param(name, flag);
            } else {
                step.param(name, (Number) value);
            }
        });
    }
}
