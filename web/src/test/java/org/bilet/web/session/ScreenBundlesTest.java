package org.bilet.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shared and desk bundles say in every language what English says (the portal and admin
 * bundles have their own tests), so a key added for one screen, such as the availability switch
 * in the top bar, is not left untranslated.
 */
class ScreenBundlesTest {

    @ParameterizedTest
    @CsvSource({"messages,pl", "messages,lt", "messages,uk", "messages,ru", "messages,it",
            "desk,pl", "desk,lt", "desk,uk", "desk,ru", "desk,it"})
    void each_language_has_exactly_the_english_keys(String bundle, String language) {
        assertThat(load(bundle + "_" + language).stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load(bundle).stringPropertyNames());
    }

    @ParameterizedTest
    @CsvSource({"messages", "messages_pl", "messages_lt", "messages_uk", "messages_ru", "messages_it"})
    void the_availability_switch_is_labelled(String bundle) {
        assertThat(load(bundle).stringPropertyNames())
                .contains("availability.label", "availability.available", "availability.away", "availability.awayAfterTimeouts");
    }

    private static Properties load(String name) {
        var properties = new Properties();
        try (var in = ScreenBundlesTest.class.getResourceAsStream("/org/bilet/web/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
