package org.bilet.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import com.ibm.icu.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every language of the portal says everything the English bundle says, with the same placeholders. */
class PortalBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /** An apostrophe on its own: MessageFormat would swallow it (and quote what follows). */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private final Properties english = load("portal.properties");

    @ParameterizedTest
    @ValueSource(strings = {"pl", "lt", "uk", "ru", "it"})
    void each_language_has_exactly_the_english_keys(String language) {
        assertThat(load("portal_" + language + ".properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_pl", "_lt", "_uk", "_ru", "_it"})
    void placeholders_match_english_and_apostrophes_follow_message_format(String suffix) {
        var bundle = load("portal" + suffix + ".properties");
        for (var key : bundle.stringPropertyNames()) {
            var value = bundle.getProperty(key);
            assertThat(placeholders(value)).as("placeholders of %s%s", key, suffix)
                    .isEqualTo(placeholders(english.getProperty(key)));
            if (placeholders(value).isEmpty()) {
                assertThat(value).as("%s%s is shown as written: one apostrophe, not two", key, suffix).doesNotContain("''");
            } else {
                assertThat(LONE_APOSTROPHE.matcher(value).find()).as("%s%s is a MessageFormat pattern: apostrophes doubled", key, suffix)
                        .isFalse();
                assertThat(new MessageFormat(value).format(new Object[] {"A", "B", "C"})).doesNotContain("{");
            }
        }
    }

    /** Texts in Java looks a key up in every screen bundle, the shared one first: a key must be in one only. */
    @ParameterizedTest
    @ValueSource(strings = {"messages", "desk", "admin"})
    void no_key_is_also_in_another_screen_bundle(String other) {
        var shared = new TreeSet<>(english.stringPropertyNames());
        shared.retainAll(load(other + ".properties").stringPropertyNames());
        assertThat(shared).as("portal keys also in %s", other).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_pl", "_lt", "_uk", "_ru", "_it"})
    void files_are_utf8_without_escapes(String suffix) throws IOException {
        try (var in = stream("portal" + suffix + ".properties")) {
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("\\u");
        }
    }

    private static Set<String> placeholders(String value) {
        var found = new TreeSet<String>();
        PLACEHOLDER.matcher(value).results().forEach(match -> found.add(match.group(1)));
        return found;
    }

    private static Properties load(String name) {
        try (var in = stream(name)) {
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
    }

    private static InputStream stream(String name) {
        var in = PortalBundlesTest.class.getResourceAsStream("/org/bilet/web/i18n/" + name);
        if (in == null) {
            throw new IllegalStateException("no bundle " + name);
        }
        return in;
    }
}
