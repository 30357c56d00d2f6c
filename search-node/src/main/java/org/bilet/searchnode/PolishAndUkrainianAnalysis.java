package org.bilet.searchnode;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.stempel.StempelFilter;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.Analysis;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * The parts of OpenSearch's analysis-stempel and analysis-ukrainian plugins that Bilet's index uses,
 * under their names ({@code polish_stem}, {@code ukrainian}) and with the same Lucene classes: their
 * 2.19 builds are published as distribution zips only, not on Maven Central. A cluster of one's own
 * installs the real plugins ({@code bin/opensearch-plugin install analysis-stempel analysis-ukrainian}).
 */
public final class PolishAndUkrainianAnalysis extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of("polish_stem", PolishStem::new);
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("ukrainian", Ukrainian::new);
    }

    private static final class PolishStem extends AbstractTokenFilterFactory {

        PolishStem(IndexSettings index, Environment environment, String name, Settings settings) {
            super(index, name, settings);
        }

        @Override
        public TokenStream create(TokenStream in) {
            return new StempelFilter(in, new StempelStemmer(PolishAnalyzer.getDefaultTable()));
        }
    }

    private static final class Ukrainian extends AbstractIndexAnalyzerProvider<UkrainianMorfologikAnalyzer> {

        private final UkrainianMorfologikAnalyzer analyzer;

        Ukrainian(IndexSettings index, Environment environment, String name, Settings settings) {
            super(index, name, settings);
            analyzer = new UkrainianMorfologikAnalyzer(
                    Analysis.parseStopWords(environment, settings, UkrainianMorfologikAnalyzer.getDefaultStopwords()),
                    Analysis.parseStemExclusion(settings, org.apache.lucene.analysis.CharArraySet.EMPTY_SET));
        }

        @Override
        public UkrainianMorfologikAnalyzer get() {
            return analyzer;
        }
    }
}
