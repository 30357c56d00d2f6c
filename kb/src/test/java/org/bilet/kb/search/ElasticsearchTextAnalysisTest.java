package org.bilet.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bilet.kb.evaluation.EvaluationSet;
import org.bilet.kb.language.TextLanguage;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of the cluster's analysis without a cluster: every analyzer is defined, and
 * the prefix field's regular expression cuts words exactly as {@link WordPrefixFilter} does, on
 * every word of the evaluation set. (The whole analysis is compared on a real OpenSearch node by
 * {@code OpenSearchQualityTest}.)
 */
class ElasticsearchTextAnalysisTest {

    @Test
    void every_analyzer_of_the_embedded_index_is_defined_for_a_cluster() {
        var names = ElasticsearchTextAnalysis.ANALYZERS.stream().map(ElasticsearchTextAnalysis.AnalyzerDefinition::name).toList();
        var expected = new ArrayList<>(List.of(TextAnalysis.FOLDED, TextAnalysis.PREFIX, TextAnalysis.CONCEPT));
        for (var language : TextLanguage.values()) {
            expected.add(TextAnalysis.of(language));
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
        var filters = ElasticsearchTextAnalysis.FILTERS.stream().map(ElasticsearchTextAnalysis.FilterDefinition::name).toList();
        ElasticsearchTextAnalysis.ANALYZERS.stream().flatMap(a -> a.filters().stream()).filter(f -> f.startsWith("bilet_"))
                .forEach(filter -> assertThat(filters).contains(filter));
    }

    @Test
    void the_prefix_pattern_cuts_words_as_the_embedded_filter_does() {
        var pattern = Pattern.compile(ElasticsearchTextAnalysis.PREFIX_PATTERN);
        var folded = Analyzers.folded();
        var prefix = Analyzers.prefix();
        int words = 0;
        for (var ticket : EvaluationSet.tickets()) {
            var text = ticket.subject() + " " + ticket.description() + " PR4711X 2026 x1 ab12cd ١٢٣abcdef";
            var cut = TextTerms.terms(folded, text).stream().map(word -> pattern.matcher(word).replaceAll("$1")).toList();
            assertThat(cut).isEqualTo(TextTerms.terms(prefix, text));
            words += cut.size();
        }
        assertThat(words).isGreaterThan(10_000);
    }
}
