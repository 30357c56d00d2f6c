package org.bilet.translations;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bilet.platform.Problems;

/**
 * One name in the languages Bilet speaks, besides the name as entered (the default language's,
 * which readers of a language without a translation see). Immutable; blank texts are no
 * translation; kept in the order of {@link #LANGUAGES}.
 */
public final class Translations implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The languages of the screens; the first is the default, the language names are entered in. */
    public static final List<String> LANGUAGES = List.of("en", "pl", "lt", "uk", "ru", "it");
    public static final String DEFAULT_LANGUAGE = LANGUAGES.get(0);

    private static final Translations NONE = new Translations(Map.of());

    private final Map<String, String> texts;

    private Translations(Map<String, String> texts) {
        this.texts = texts;
    }

    public static Translations none() {
        return NONE;
    }

    /**
     * What a client sent, checked: each language one of {@link #LANGUAGES}, each text at most
     * {@code maxLength} characters; problems are recorded as {@code field.language}. A blank text
     * removes that language's translation.
     */
    public static Translations check(String field, Map<String, String> sent, int maxLength, Problems problems) {
        if (sent == null || sent.isEmpty()) {
            return NONE;
        }
        var checked = new LinkedHashMap<String, String>();
        sent.forEach((language, text) -> {
            if (!LANGUAGES.contains(language)) {
                problems.add(field + "." + language, "'" + language + "' is not a language Bilet speaks; use one of "
                        + String.join(", ", LANGUAGES) + ".");
            } else if (text != null && text.strip().length() > maxLength) {
                problems.add(field + "." + language, "A translation has " + maxLength + " characters at most.");
            } else if (text != null && !text.isBlank()) {
                checked.put(language, text.strip());
            }
        });
        return ordered(checked);
    }

    /** Texts already checked (as stored); unknown languages are kept out. */
    static Translations stored(Map<String, String> texts) {
        var known = new LinkedHashMap<String, String>();
        texts.forEach((language, text) -> {
            if (LANGUAGES.contains(language) && text != null && !text.isBlank()) {
                known.put(language, text);
            }
        });
        return ordered(known);
    }

    private static Translations ordered(Map<String, String> texts) {
        if (texts.isEmpty()) {
            return NONE;
        }
        var ordered = new LinkedHashMap<String, String>();
        LANGUAGES.stream().filter(texts::containsKey).forEach(language -> ordered.put(language, texts.get(language)));
        return new Translations(Collections.unmodifiableMap(ordered));
    }

    /** The text in a language ("pl", "pl-PL" or a locale's tag), if there is one. */
    public Optional<String> in(String language) {
        return language == null ? Optional.empty() : Optional.ofNullable(texts.get(primary(language)));
    }

    /** The text in the language, or the name as entered. */
    public String in(String language, String fallback) {
        return in(language).orElse(fallback);
    }

    public String in(Locale locale, String fallback) {
        return locale == null ? fallback : in(locale.getLanguage(), fallback);
    }

    /** Language to text, in the order of {@link #LANGUAGES}. */
    public Map<String, String> asMap() {
        return texts;
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    private static String primary(String tag) {
        var dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Translations t && t.texts.equals(texts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(texts);
    }

    /** "pl: Wysoki, uk: Високий", as the audit summary shows them; "none" when empty. */
    @Override
    public String toString() {
        return texts.isEmpty() ? "none" : texts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
