package org.bilet.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.bilet.kb.language.TextLanguage;

/**
 * A text's words as search reads them, for features that compare texts outside the index (the
 * mining of recurring problems): stems of the text's language, or folded words when the language
 * is unknown, and the language-free word prefixes. Thread-safe: Lucene's analyzers keep their
 * state per thread.
 */
public final class TextTerms {

    private static final Map<TextLanguage, Analyzer> LANGUAGES = new EnumMap<>(TextLanguage.class);
    static final Analyzer FOLDED = Analyzers.folded();
    static final Analyzer PREFIX = Analyzers.prefix();

    static {
        for (var language : TextLanguage.values()) {
            LANGUAGES.put(language, Analyzers.of(language));
        }
    }

    private TextTerms() {
    }

    /** The words of a text through its language's analyzer, or folded when the language is unknown. */
    public static List<String> stems(Optional<TextLanguage> language, String text) {
        return terms(language.map(LANGUAGES::get).orElse(FOLDED), text);
    }

    /** The first letters of each folded word, as the prefix fields hold them. */
    public static List<String> prefixes(String text) {
        return terms(PREFIX, text);
    }

    /** The analyzer of a language, shared. */
    static Analyzer analyzer(TextLanguage language) {
        return LANGUAGES.get(language);
    }

    /** The terms an analyzer makes of a text, in order. */
    static List<String> terms(Analyzer analyzer, String text) {
        var terms = new ArrayList<String>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (var stream = analyzer.tokenStream("", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
