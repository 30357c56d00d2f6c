package org.bilet.kb.search;

import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.morfologik.MorfologikFilter;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.stempel.StempelFilter;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.bilet.kb.language.TextLanguage;
import org.tartarus.snowball.ext.LithuanianStemmer;

/**
 * How search reads text, as plain Lucene analyzers: one per language (its stemmer or dictionary,
 * then diacritics folded, so that "zolty" finds "żółty"), one that only folds, and one that cuts
 * folded words to their first letters, a crude stemmer that works in any language and for words a
 * dictionary does not know or a writer typed without diacritics; and one for the concept ids
 * {@link Concepts} finds in a text.
 */
final class Analyzers {

    /** Letters kept by {@link #prefix()}: enough to tell words apart, few enough to join their forms. */
    static final int PREFIX_LENGTH = 4;

    /** The Italian articles and prepositions elided before a word ("l'", "dell'"), for both backends. */
    static final List<String> ITALIAN_ARTICLE_LIST = List.of(
            "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl",
            "negl", "sugl", "un", "m", "t", "s", "v", "d", "quest", "quell", "nessun");

    private static final CharArraySet ITALIAN_ARTICLES = new CharArraySet(ITALIAN_ARTICLE_LIST, true);

    private Analyzers() {
    }

    static Analyzer folded() {
        return standard(in -> new ASCIIFoldingFilter(new LowerCaseFilter(in)));
    }

    static Analyzer prefix() {
        return standard(in -> new WordPrefixFilter(new ASCIIFoldingFilter(new LowerCaseFilter(in)), PREFIX_LENGTH));
    }

    /**
     * Concept ids as {@link Concepts} writes them, separated by spaces: a text is turned into concepts
     * in its own language before it reaches the index, so that one field holds those of every language.
     */
    static Analyzer concepts() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new WhitespaceTokenizer());
            }
        };
    }

    /**
     * A language's analyzer as the given backend's index applies it: the same but for Polish, which an
     * Elasticsearch/OpenSearch cluster stems with Stempel (see {@link ElasticsearchTextAnalysis}).
     */
    static Analyzer of(TextLanguage language, SearchBackend backend) {
        if (language == TextLanguage.PL && backend == SearchBackend.ELASTICSEARCH) {
            return standard(in -> new ASCIIFoldingFilter(new StempelFilter(new LowerCaseFilter(in),
                    new StempelStemmer(PolishAnalyzer.getDefaultTable()))));
        }
        return of(language);
    }

    static Analyzer of(TextLanguage language) {
        switch (language) {
            case PL:
                return standard(in -> new ASCIIFoldingFilter(new MorfologikFilter(new LowerCaseFilter(in))));
            case LT:
                return standard(in -> new ASCIIFoldingFilter(new SnowballFilter(new LowerCaseFilter(in), new LithuanianStemmer())));
            case UK:
                return new UkrainianMorfologikAnalyzer(CharArraySet.EMPTY_SET);
            case RU:
                return standard(in -> new RussianLightStemFilter(new LowerCaseFilter(in)));
            case IT:
                return standard(in -> new ASCIIFoldingFilter(new ItalianLightStemFilter(
                        new LowerCaseFilter(new ElisionFilter(in, ITALIAN_ARTICLES)))));
            case EN:
                return standard(in -> new PorterStemFilter(new LowerCaseFilter(new EnglishPossessiveFilter(in))));
            default:
                throw new IllegalArgumentException("No analyzer for " + language);
        }
    }

    /** Words as the standard tokenizer finds them, through the given filters. */
    private static Analyzer standard(UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var words = new StandardTokenizer();
                return new TokenStreamComponents(words, filters.apply(words));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
