package org.bilet.web.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import com.ibm.icu.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bilet.channels.mail.MailTopic;
import org.bilet.notifications.NotificationInfo;
import org.bilet.notifications.NotificationKind;
import org.bilet.tickets.TicketField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The notifications and worklog bundles: every language says what English says, with the same
 * placeholders; every kind of notification and every promise has its words; no key is also in
 * another screen bundle (Texts looks keys up in all of them).
 */
class NotificationBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final List<String> LANGUAGES = List.of("pl", "lt", "uk", "ru", "it");

    static Stream<Arguments> bundlesAndLanguages() {
        return Stream.of("notifications", "worklog").flatMap(bundle -> LANGUAGES.stream().map(l -> Arguments.of(bundle, l)));
    }

    @ParameterizedTest
    @MethodSource("bundlesAndLanguages")
    void each_language_has_exactly_the_english_keys_and_placeholders(String bundle, String language) {
        var english = load(bundle + ".properties");
        var translated = load(bundle + "_" + language + ".properties");
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

    @Test
    void every_kind_and_every_promise_is_worded() {
        var english = load("notifications.properties");
        for (var kind : NotificationKind.values()) {
            assertThat(english.getProperty("notification." + kind.name())).as(kind.name()).isNotBlank();
        }
        for (var promise : List.of(TicketField.FIRST_RESPONSE_SLA, TicketField.NEXT_RESPONSE_SLA, TicketField.RESOLUTION_SLA)) {
            assertThat(english.getProperty("promise." + promise.storedName())).as(promise.storedName()).isNotBlank();
        }
        for (var topic : MailTopic.values()) {
            assertThat(english.getProperty("mail." + topic.name())).as("the settings' label of " + topic).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "desk", "portal", "admin"})
    void no_key_is_also_in_another_screen_bundle(String other) {
        var mine = new TreeSet<String>();
        mine.addAll(load("notifications.properties").stringPropertyNames());
        mine.addAll(load("worklog.properties").stringPropertyNames());
        mine.retainAll(load(other + ".properties").stringPropertyNames());
        assertThat(mine).as("keys also in %s", other).isEmpty();
    }

    @Test
    void a_notification_is_worded_in_the_readers_language_with_its_promise_translated() {
        var breached = new NotificationInfo(1, NotificationKind.SLA_BREACHED, "BIL-000001", "Printer", List.of("slaResolution"),
                Instant.EPOCH, false);
        var assigned = new NotificationInfo(2, NotificationKind.ASSIGNED, "BIL-000001", "Printer", List.of("Maria O'Brien"),
                Instant.EPOCH, false);

        assertThat(NotificationTexts.text(breached, Locale.ENGLISH)).isEqualTo("Resolution: the promised time is used up.");
        assertThat(NotificationTexts.text(breached, Locale.forLanguageTag("pl"))).startsWith("Rozwiązanie:");
        assertThat(NotificationTexts.text(assigned, Locale.forLanguageTag("it"))).isEqualTo("Maria O'Brien ti ha assegnato questo ticket.");
        // A language Bilet does not speak reads English, whatever the server's own language.
        assertThat(NotificationTexts.text(assigned, Locale.JAPANESE)).isEqualTo("Maria O'Brien assigned this ticket to you.");
    }

    private static Set<String> placeholders(String value) {
        var found = new TreeSet<String>();
        PLACEHOLDER.matcher(value).results().forEach(match -> found.add(match.group(1)));
        return found;
    }

    private static Properties load(String name) {
        try (InputStream in = NotificationBundlesTest.class.getResourceAsStream("/org/bilet/web/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
