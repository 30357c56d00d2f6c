package org.bilet.translations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.Problems;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    @Test
    void a_reader_gets_their_language_or_the_name_as_entered() {
        var names = checked(Map.of("uk", "Високий", "pl", "Wysoki"));

        assertThat(names.in("pl", "High")).isEqualTo("Wysoki");
        assertThat(names.in("pl-PL", "High")).as("a tag with a region").isEqualTo("Wysoki");
        assertThat(names.in(Locale.forLanguageTag("uk-UA"), "High")).isEqualTo("Високий");
        assertThat(names.in("lt", "High")).as("no Lithuanian: the name, never a key").isEqualTo("High");
        assertThat(names.in((String) null, "High")).isEqualTo("High");
        assertThat(names.asMap().keySet()).as("in the languages' order").containsExactly("pl", "uk");
        assertThat(names).hasToString("pl: Wysoki, uk: Високий");
    }

    @Test
    void what_a_client_sends_is_stripped_and_blank_texts_are_none() {
        var sent = new LinkedHashMap<String, String>();
        sent.put("it", "  Alta ");
        sent.put("ru", "   ");
        sent.put("lt", null);

        assertThat(checked(sent).asMap()).containsExactly(Map.entry("it", "Alta"));
        assertThat(checked(Map.of())).isEqualTo(Translations.none());
        assertThat(checked(null).isEmpty()).isTrue();
    }

    @Test
    void unknown_languages_and_long_texts_are_named_each() {
        var problems = new Problems();
        Translations.check("translations", Map.of("de", "Hoch", "PL", "Wysoki", "uk", "В".repeat(11)), 10, problems);

        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                .extracting(InvalidInputException.FieldError::field)
                .containsExactlyInAnyOrder("translations.de", "translations.PL", "translations.uk"));
    }

    @Test
    void the_json_column_keeps_them_and_none_is_null() {
        var json = new TranslationsJson();
        var names = checked(Map.of("pl", "Wysoki \"pilny\"", "uk", "Високий"));

        assertThat(json.convertToEntityAttribute(json.convertToDatabaseColumn(names))).isEqualTo(names);
        assertThat(json.convertToDatabaseColumn(Translations.none())).isNull();
        assertThat(json.convertToEntityAttribute(null)).isEqualTo(Translations.none());
        assertThat(json.convertToEntityAttribute("{\"xx\": \"?\", \"pl\": 5, \"it\": \"Alta\"}").asMap())
                .as("only texts of known languages").containsExactly(Map.entry("it", "Alta"));
    }

    @Test
    void choices_are_translated_by_value_and_a_removed_choice_takes_its_own_along() {
        var problems = new Problems();
        var choices = ChoiceTranslations.check("choiceTranslations",
                Map.of("low", Map.of("pl", "niski"), "high", Map.of("pl", "wysoki", "uk", "високий")), List.of("low", "high"), 50, problems);
        problems.throwIfAny();
        var json = new ChoiceTranslationsJson();

        assertThat(choices.in("high", "uk")).isEqualTo("високий");
        assertThat(choices.in("high", "it")).isEqualTo("high");
        assertThat(choices.in("medium", "pl")).isEqualTo("medium");
        assertThat(choices.keepingOnly(List.of("high")).asMap()).containsOnlyKeys("high");
        assertThat(json.convertToEntityAttribute(json.convertToDatabaseColumn(choices))).isEqualTo(choices);

        var wrong = new Problems();
        ChoiceTranslations.check("choiceTranslations", Map.of("huge", Map.of("pl", "ogromny")), List.of("low"), 50, wrong);
        assertThat(wrong.isEmpty()).isFalse();
    }

    private static Translations checked(Map<String, String> sent) {
        var problems = new Problems();
        var translations = Translations.check("translations", sent, 100, problems);
        problems.throwIfAny();
        return translations;
    }
}
