package org.bilet.kb.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bilet.kb.language.TextLanguage;

/**
 * The things of IT support a text speaks of (a printer, printing, a password, being locked out),
 * as language-free concept ids from Bilet's curated lexicon, so that texts in different languages
 * can be compared: "drukarki nie drukują" and "принтер не печатает" both name {@code printer} and
 * {@code print}. Search indexes them beside the words; FAQ mining may group by them. Fast after the
 * first call (which reads the lexicon), and safe from any thread.
 */
public final class Concepts {

    private Concepts() {
    }

    /** The concepts a text in this language names, in the order of their first mention. */
    public static Set<String> of(TextLanguage language, String text) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(Lexicon.INSTANCE.find(language, text)));
    }

    /** The concepts a text names in any of Bilet's languages: for a text whose language is not known. */
    public static Set<String> ofAnyLanguage(String text) {
        var found = new LinkedHashSet<String>();
        for (var language : TextLanguage.values()) {
            found.addAll(Lexicon.INSTANCE.find(language, text));
        }
        return Collections.unmodifiableSet(found);
    }

    /** Every concept id the lexicon knows. */
    public static Set<String> known() {
        return Collections.unmodifiableSet(Lexicon.INSTANCE.concepts());
    }

    /** The concepts of a text once per mention, in its language or, unknown, in all of them: what the index holds. */
    static List<String> mentions(Optional<TextLanguage> language, String text) {
        if (language.isPresent()) {
            return Lexicon.INSTANCE.find(language.get(), text);
        }
        return new ArrayList<>(ofAnyLanguage(text));
    }

    /** Read once, at the first use. */
    private static final class Lexicon {
        static final ConceptLexicon INSTANCE = ConceptLexicon.load();
    }
}
