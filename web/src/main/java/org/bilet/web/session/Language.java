package org.bilet.web.session;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A language the screens speak, named in itself so that anyone can find their own. */
public record Language(String tag, String endonym) implements Serializable {

    public static final Language ENGLISH = new Language("en", "English");

    public static final List<Language> ALL = List.of(
            ENGLISH,
            new Language("pl", "Polski"),
            new Language("lt", "Lietuvių"),
            new Language("uk", "Українська"),
            new Language("ru", "Русский"),
            new Language("it", "Italiano"));

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static Optional<Language> of(String tag) {
        return ALL.stream().filter(language -> language.tag.equalsIgnoreCase(tag)).findFirst();
    }

    /** The first spoken language in the browser's order of preference, English if none. */
    public static Language preferredAmong(Iterable<Locale> browserLocales) {
        for (var locale : browserLocales) {
            var match = of(locale.getLanguage());
            if (match.isPresent()) {
                return match.get();
            }
        }
        return ENGLISH;
    }
}
