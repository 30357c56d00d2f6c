package org.bilet.web.kb.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The editors' bundle says in every language what English says, with the same placeholders; a
 * pattern (a value with placeholders) doubles its apostrophes; and no key is also in another
 * screen bundle, since {@code Texts} looks keys up in all of them.
 */
class KbEditBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @ParameterizedTest
    @ValueSource(strings = {"pl", "lt", "uk", "ru", "it"})
    void each_language_has_the_english_keys_and_placeholders(String language) {
        var english = load("kbedit");
        var translated = load("kbedit_" + language);
        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (var key : english.stringPropertyNames()) {
            assertThat(placeholders(translated.getProperty(key))).as(language + " " + key)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kbedit", "kbedit_pl", "kbedit_lt", "kbedit_uk", "kbedit_ru", "kbedit_it"})
    void patterns_double_their_apostrophes(String bundle) {
        var texts = load(bundle);
        for (var key : texts.stringPropertyNames()) {
            var value = texts.getProperty(key);
            if (PLACEHOLDER.matcher(value).find()) {
                assertThat(value.replace("''", "")).as(bundle + " " + key).doesNotContain("'");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "desk", "portal", "admin", "notifications", "worklog"})
    void no_key_is_also_in_another_bundle(String other) {
        assertThat(load(other).stringPropertyNames()).doesNotContainAnyElementsOf(load("kbedit").stringPropertyNames());
    }

    private static Set<String> placeholders(String value) {
        var found = new TreeSet<String>();
        PLACEHOLDER.matcher(value).results().forEach(m -> found.add(m.group()));
        return found;
    }

    private static Properties load(String name) {
        var properties = new Properties();
        try (var in = KbEditBundlesTest.class.getResourceAsStream("/org/bilet/web/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
