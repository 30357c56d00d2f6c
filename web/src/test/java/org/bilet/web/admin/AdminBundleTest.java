package org.bilet.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.ibm.icu.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bilet.audit.AuditKind;
import org.bilet.catalog.CustomFieldType;
import org.bilet.channels.mail.MailTopic;
import org.bilet.people.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The admin bundle speaks every language of the screens, completely and in valid (ICU) message format. */
class AdminBundleTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d}");
    private static final Pattern KEY_IN_PAGE = Pattern.compile("adminMsg\\['([a-zA-Z.]+)']");
    private static final Pattern KEY_IN_VIEW = Pattern.compile("AdminPage\\.(?:text|done)\\(\"([a-zA-Z.]+)\"");

    private static final Properties ENGLISH = load("admin.properties");

    @ParameterizedTest
    @ValueSource(strings = {"pl", "lt", "uk", "ru", "it"})
    void each_translation_has_exactly_the_english_keys(String language) {
        var translation = load("admin_" + language + ".properties");

        assertThat(new TreeSet<>(translation.stringPropertyNames())).isEqualTo(new TreeSet<>(ENGLISH.stringPropertyNames()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_pl", "_lt", "_uk", "_ru", "_it"})
    void apostrophes_are_doubled_only_where_message_format_reads_the_text(String suffix) throws IOException {
        var raw = Files.readString(bundleFile("admin" + suffix + ".properties"));
        assertThat(raw).as("UTF-8 text, no \\u escapes").doesNotContain("\\u");
        var bundle = load("admin" + suffix + ".properties");
        for (var key : bundle.stringPropertyNames()) {
            var value = bundle.getProperty(key);
            if (ARGUMENT.matcher(value).find()) {
                assertThat(value.replace("''", "")).as(key + " is a MessageFormat pattern: an apostrophe must be doubled").doesNotContain("'");
                var english = ENGLISH.getProperty(key);
                // A counted argument takes a number and says it in the language's plural form.
                var counted = value.contains("{0, plural,");
                var formatted = new MessageFormat(value, Locale.ROOT).format(new Object[] {counted ? 2 : "«A»", "«B»"});
                assertThat(formatted).as(key).contains(counted ? "2" : "«A»");
                assertThat(formatted.contains("«B»")).as(key + " uses the same arguments as in English").isEqualTo(english.contains("{1}"));
            } else {
                assertThat(value).as(key + " is shown as written: no doubled apostrophes").doesNotContain("''");
            }
        }
    }

    @Test
    void every_key_the_pages_and_views_use_exists() throws IOException {
        var used = new TreeSet<String>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/webapp")), Files.walk(Path.of("src/main/java/org/bilet/web/admin")))) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                var text = Files.readString(file);
                Stream.of(KEY_IN_PAGE, KEY_IN_VIEW).forEach(pattern -> pattern.matcher(text).results().map(m -> m.group(1))
                        .filter(key -> !key.endsWith(".")).forEach(used::add));
            }
        }
        Arrays.stream(AuditKind.values()).forEach(kind -> used.add("audit.kind." + kind));
        Arrays.stream(Role.values()).forEach(role -> used.add("role." + role));
        Arrays.stream(CustomFieldType.values()).forEach(type -> used.add("fields.type." + type));
        for (var topic : MailTopic.values()) {
            used.add("mailTemplates.topic." + topic);
            used.add("mailTemplates.reader." + topic.reader());
            topic.placeholders().forEach(placeholder -> used.add("mailTemplates.placeholder." + placeholder));
        }
        new AdminSections().getAll().forEach(section -> used.addAll(Set.of("section." + section.name(), "section." + section.name() + ".about")));

        assertThat(ENGLISH.stringPropertyNames()).containsAll(used);
    }

    private static Properties load(String name) {
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(bundleFile(name)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Path bundleFile(String name) {
        return Path.of("src/main/resources/org/bilet/web/i18n", name);
    }
}
