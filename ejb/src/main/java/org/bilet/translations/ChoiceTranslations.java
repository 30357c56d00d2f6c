package org.bilet.translations;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.bilet.platform.Problems;

/**
 * The translations of a choice field's values: the value stays what tickets store and the API
 * speaks, readers see it in their language. Immutable; a value without translations is left out.
 */
public final class ChoiceTranslations implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final ChoiceTranslations NONE = new ChoiceTranslations(Map.of());

    private final Map<String, Translations> byChoice;

    private ChoiceTranslations(Map<String, Translations> byChoice) {
        this.byChoice = byChoice;
    }

    public static ChoiceTranslations none() {
        return NONE;
    }

    /**
     * What a client sent, checked against the field's choices: each one named must be a choice,
     * each translation as {@link Translations#check}; problems as {@code field.choice.language}.
     */
    public static ChoiceTranslations check(String field, Map<String, Map<String, String>> sent, Collection<String> choices,
                                           int maxLength, Problems problems) {
        if (sent == null || sent.isEmpty()) {
            return NONE;
        }
        var checked = new LinkedHashMap<String, Translations>();
        sent.forEach((choice, texts) -> {
            if (!choices.contains(choice)) {
                problems.add(field + "." + choice, "'" + choice + "' is not one of the field's choices.");
            } else {
                var translations = Translations.check(field + "." + choice, texts, maxLength, problems);
                if (!translations.isEmpty()) {
                    checked.put(choice, translations);
                }
            }
        });
        return of(checked);
    }

    static ChoiceTranslations of(Map<String, Translations> byChoice) {
        return byChoice.isEmpty() ? NONE : new ChoiceTranslations(Collections.unmodifiableMap(new LinkedHashMap<>(byChoice)));
    }

    /** Only the choices still among {@code choices}: a choice removed takes its translations along. */
    public ChoiceTranslations keepingOnly(Collection<String> choices) {
        var kept = new LinkedHashMap<String, Translations>();
        byChoice.forEach((choice, translations) -> {
            if (choices.contains(choice)) {
                kept.put(choice, translations);
            }
        });
        return kept.size() == byChoice.size() ? this : of(kept);
    }

    public Translations of(String choice) {
        return byChoice.getOrDefault(choice, Translations.none());
    }

    /** The choice in a language, or the choice itself. */
    public String in(String choice, String language) {
        return of(choice).in(language, choice);
    }

    public Map<String, Translations> asMap() {
        return byChoice;
    }

    /** Choice to language to text, as the API shows them. */
    public Map<String, Map<String, String>> texts() {
        var texts = new LinkedHashMap<String, Map<String, String>>();
        byChoice.forEach((choice, translations) -> texts.put(choice, translations.asMap()));
        return texts;
    }

    public boolean isEmpty() {
        return byChoice.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChoiceTranslations c && c.byChoice.equals(byChoice);
    }

    @Override
    public int hashCode() {
        return Objects.hash(byChoice);
    }

    @Override
    public String toString() {
        var text = new StringBuilder();
        byChoice.forEach((choice, translations) -> text.append(text.isEmpty() ? "" : "; ").append(choice).append(" = ").append(translations));
        return text.isEmpty() ? "none" : text.toString();
    }
}
