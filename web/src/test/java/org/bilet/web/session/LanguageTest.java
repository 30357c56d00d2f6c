package org.bilet.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void the_first_spoken_language_in_the_browsers_order_wins() {
        var browser = List.of(Locale.forLanguageTag("de-DE"), Locale.forLanguageTag("uk-UA"), Locale.forLanguageTag("pl"));

        assertThat(Language.preferredAmong(browser).tag()).isEqualTo("uk");
    }

    @Test
    void a_browser_asking_only_for_unspoken_languages_gets_english() {
        assertThat(Language.preferredAmong(List.of(Locale.GERMAN, Locale.JAPANESE))).isEqualTo(Language.ENGLISH);
    }

    @Test
    void the_six_languages_are_named_in_themselves() {
        assertThat(Language.ALL).extracting(Language::tag).containsExactly("en", "pl", "lt", "uk", "ru", "it");
        assertThat(Language.of("LT")).map(Language::endonym).contains("Lietuvių");
        assertThat(Language.of("de")).isEmpty();
    }
}
