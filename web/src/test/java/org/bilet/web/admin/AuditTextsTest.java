package org.bilet.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bilet.audit.AuditEntryInfo;
import org.bilet.audit.AuditKind;
import org.bilet.names.DisplayNames;
import org.junit.jupiter.api.Test;

/** The audit log's stored English and keys, read out in the reader's language with names. */
class AuditTextsTest {

    private static final DisplayNames NAMES = new DisplayNames(Map.of("it-infra", "IT infrastructure"),
            Map.of("jkowalska", "Joanna Kowalska"), Map.of(), Map.of(), Map.of("affected-users", "Affected users"), Map.of());

    @Test
    void labels_enum_values_and_yes_no_are_translated_and_keys_become_names() {
        var entry = entry(AuditKind.FIELD_CREATED, "affected-users", "label: Affected users; type: TEXT; required: no");
        var polish = new AuditTexts(Locale.forLanguageTag("pl"), NAMES);

        assertThat(polish.subject(entry)).isEqualTo("Affected users");
        assertThat(polish.summary(entry)).isEqualTo("Etykieta: Affected users; Typ: Tekst; Wymagane: Nie");
    }

    @Test
    void a_change_shows_both_sides_with_none_as_a_dash() {
        var entry = entry(AuditKind.CATEGORY_CHANGED, "printers", "team: none → it-infra; roles: AGENT, ADMIN");
        var ukrainian = new AuditTexts(Locale.forLanguageTag("uk"), NAMES);

        assertThat(ukrainian.summary(entry)).isEqualTo("Команда: — → IT infrastructure; Ролі: Агент, Адміністратор");
        assertThat(ukrainian.subject(entry)).as("a category without a name found stays its key").isEqualTo("printers");
    }

    @Test
    void the_keys_of_a_page_are_gathered_for_one_lookup() {
        var keys = AuditTexts.keysOf(List.of(entry(AuditKind.MEMBER_ADDED, "it-infra", "member: jkowalska")));
        assertThat(keys.isEmpty()).isFalse();
        assertThat(new AuditTexts(Locale.ENGLISH, NAMES).summary(entry(AuditKind.MEMBER_ADDED, "it-infra", "member: jkowalska")))
                .isEqualTo("Member: Joanna Kowalska");
    }

    @Test
    void a_remark_is_translated_and_what_cannot_be_read_stays_as_stored() {
        var russian = new AuditTexts(Locale.forLanguageTag("ru"), NAMES);
        assertThat(russian.summary(entry(AuditKind.PRIORITY_DELETED, "LOW", "name: Low; deleted"))).isEqualTo("Название: Low; удалено");
        assertThat(russian.summary(entry(AuditKind.IMPORT_FINISHED, "import 3", "something odd"))).isEqualTo("something odd");
    }

    private static AuditEntryInfo entry(AuditKind kind, String subject, String summary) {
        return new AuditEntryInfo(1, Instant.parse("2026-12-01T10:00:00Z"), "admin", "Ada Admin", null, kind, subject, summary);
    }
}
