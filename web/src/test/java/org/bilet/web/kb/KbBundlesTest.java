package org.bilet.web.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import com.ibm.icu.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.bilet.kb.article.CategoryNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The knowledge base's bundle: every language says what English says, with the same placeholders
 * and doubled apostrophes where MessageFormat reads them; no key is also in another screen bundle
 * (Texts looks keys up in all of them). And the topics' side list keeps the tree's order.
 */
class KbBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @ParameterizedTest
    @ValueSource(strings = {"pl", "lt", "uk", "ru", "it"})
    void each_language_has_exactly_the_english_keys_and_placeholders(String language) {
        var english = load("kb.properties");
        var translated = load("kb_" + language + ".properties");
        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (var key : translated.stringPropertyNames()) {
            var value = translated.getProperty(key);
            assertThat(placeholders(value)).as("placeholders of %s_%s", key, language).isEqualTo(placeholders(english.getProperty(key)));
            if (!placeholders(value).isEmpty()) {
                assertThat(LONE_APOSTROPHE.matcher(value).find()).as("%s_%s: apostrophes doubled", key, language).isFalse();
                assertThat(new MessageFormat(value).format(new Object[] {"A", "B"})).doesNotContain("{");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "desk", "portal", "admin", "notifications", "worklog"})
    void no_key_is_also_in_another_screen_bundle(String other) {
        var mine = new TreeSet<>(load("kb.properties").stringPropertyNames());
        mine.retainAll(load(other + ".properties").stringPropertyNames());
        assertThat(mine).as("keys also in %s", other).isEmpty();
    }

    @Test
    void the_fallback_note_names_both_languages() {
        var note = new MessageFormat(load("kb.properties").getProperty("article.fallback")).format(new Object[] {"Polish", "English"});
        assertThat(note).isEqualTo("This article is not yet available in Polish; showing the English original.");
    }

    @Test
    void topics_are_listed_depth_first_with_their_depth() {
        var wifi = new CategoryNode(3, "Wi-Fi", 1, 2L, List.of());
        var tree = List.of(new CategoryNode(1, "Printers", 1, null, List.of()),
                new CategoryNode(2, "VPN & network", 2, null, List.of(wifi)), new CategoryNode(4, "Email", 3, null, List.of()));

        assertThat(CategoryLine.of(tree, "en")).extracting(CategoryLine::name, CategoryLine::depth).containsExactly(
                tuple("Printers", 0), tuple("VPN & network", 0),
                tuple("Wi-Fi", 1), tuple("Email", 0));
    }

    @Test
    void topics_read_in_the_readers_language_where_they_are_translated() {
        var wifi = new CategoryNode(3, "Wi-Fi", 1, 2L, List.of(), Map.of("uk", "Вай-фай"));
        var tree = List.of(new CategoryNode(1, "Printers", 1, null, List.of(), Map.of("pl", "Drukarki", "uk", "Принтери")),
                new CategoryNode(2, "VPN & network", 2, null, List.of(wifi)));

        assertThat(CategoryLine.of(tree, "uk")).extracting(CategoryLine::name).containsExactly("Принтери", "VPN & network", "Вай-фай");
        assertThat(CategoryLine.of(tree, "lt")).extracting(CategoryLine::name).containsExactly("Printers", "VPN & network", "Wi-Fi");
    }

    private static Set<String> placeholders(String value) {
        var found = new TreeSet<String>();
        PLACEHOLDER.matcher(value).results().forEach(match -> found.add(match.group(1)));
        return found;
    }

    private static Properties load(String name) {
        try (InputStream in = KbBundlesTest.class.getResourceAsStream("/org/bilet/web/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
