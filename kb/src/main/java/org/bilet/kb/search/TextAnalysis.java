package org.bilet.kb.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.bilet.kb.language.TextLanguage;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** Registers the analyzers of {@link Analyzers} with the index under the names fields refer to. */
public class TextAnalysis implements LuceneAnalysisConfigurer {

    public static final String FOLDED = "folded";
    public static final String PREFIX = "prefix";
    /** Concept ids ({@link Concepts}), whatever the language they were found in. */
    public static final String CONCEPT = "concept";

    /** The name of a language's analyzer: its code, as in "pl". */
    public static String of(TextLanguage language) {
        return language.code();
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(FOLDED).instance(Analyzers.folded());
        context.analyzer(PREFIX).instance(Analyzers.prefix());
        context.analyzer(CONCEPT).instance(Analyzers.concepts());
        for (var language : TextLanguage.values()) {
            context.analyzer(of(language)).instance(Analyzers.of(language));
        }
        context.normalizer(FOLDED).custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}
