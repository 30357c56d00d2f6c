package org.bilet.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Counts and spans of time in each language's plural forms, and in the case its sentence needs. */
class FormatsTest {

    @ParameterizedTest(name = "{0}: {1} days ago")
    @CsvSource(delimiter = '|', textBlock = """
            en | 1  | 1 day ago
            en | 2  | 2 days ago
            pl | 1  | 1 dzień temu
            pl | 2  | 2 dni temu
            pl | 5  | 5 dni temu
            pl | 22 | 22 dni temu
            lt | 1  | prieš 1 dieną
            lt | 2  | prieš 2 dienas
            lt | 10 | prieš 10 dienų
            lt | 21 | prieš 21 dieną
            uk | 1  | 1 день тому
            uk | 3  | 3 дні тому
            uk | 5  | 5 днів тому
            uk | 21 | 21 день тому
            ru | 1  | 1 день назад
            ru | 2  | 2 дня назад
            ru | 5  | 5 дней назад
            ru | 11 | 11 дней назад
            it | 1  | 1 giorno fa
            it | 2  | 2 giorni fa
            """)
    void days_ago(String language, int days, String expected) {
        assertThat(Formats.ago(Duration.ofDays(days).plusHours(3), Locale.forLanguageTag(language))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} minutes ago")
    @CsvSource(delimiter = '|', textBlock = """
            en | 1  | 1 minute ago
            en | 5  | 5 minutes ago
            pl | 1  | 1 minutę temu
            pl | 2  | 2 minuty temu
            pl | 5  | 5 minut temu
            pl | 22 | 22 minuty temu
            lt | 1  | prieš 1 minutę
            lt | 15 | prieš 15 minučių
            uk | 1  | 1 хвилину тому
            uk | 2  | 2 хвилини тому
            uk | 12 | 12 хвилин тому
            ru | 1  | 1 минуту назад
            ru | 3  | 3 минуты назад
            ru | 25 | 25 минут назад
            it | 1  | 1 minuto fa
            it | 5  | 5 minuti fa
            """)
    void minutes_ago(String language, int minutes, String expected) {
        assertThat(Formats.ago(Duration.ofMinutes(minutes).plusSeconds(20), Locale.forLanguageTag(language))).isEqualTo(expected);
    }

    @Test
    void under_a_minute_is_just_now() {
        assertThat(Formats.ago(Duration.ofSeconds(40), Locale.ENGLISH)).isEqualTo("just now");
    }

    @ParameterizedTest(name = "{0}: due in {1} hours")
    @CsvSource(delimiter = '|', textBlock = """
            en | 1  | in 1 hour
            en | -3 | 3 hours overdue
            pl | 1  | za 1 godzinę
            pl | 5  | za 5 godzin
            pl | -1 | 1 godzina po terminie
            lt | 1  | po 1 valandos
            lt | 3  | po 3 valandų
            lt | -2 | vėluoja 2 valandas
            uk | 1  | через 1 годину
            uk | -1 | прострочено на 1 годину
            ru | 2  | через 2 часа
            ru | -5 | просрочено на 5 часов
            it | 1  | tra 1 ora
            it | -2 | in ritardo di 2 ore
            """)
    void due_in_or_overdue(String language, int hours, String expected) {
        var left = hours > 0 ? Duration.ofHours(hours).plusMinutes(10) : Duration.ofHours(hours).minusMinutes(10);
        assertThat(Formats.due(left, Locale.forLanguageTag(language))).isEqualTo(expected);
    }

    @Test
    void amounts_standing_alone_are_in_the_nominative() {
        var amounts = List.of(new Formats.TimeAmount("hours", 1), new Formats.TimeAmount("minutes", 30));
        assertThat(Formats.words(Locale.forLanguageTag("pl"), null, amounts)).isEqualTo("1 godzina 30 minut");
        assertThat(Formats.words(Locale.forLanguageTag("uk"), null, amounts)).isEqualTo("1 година 30 хвилин");
        assertThat(Formats.words(Locale.forLanguageTag("lt"), null, amounts)).isEqualTo("1 valanda 30 minučių");
        assertThat(Formats.words(Locale.forLanguageTag("ru"), "in", amounts)).isEqualTo("1 час 30 минут");
    }

    @ParameterizedTest(name = "{0}: {1} tickets changed")
    @CsvSource(delimiter = '|', textBlock = """
            en | 1 | Changed 1 ticket.
            en | 3 | Changed 3 tickets.
            pl | 1 | Zmieniono 1 zgłoszenie.
            pl | 3 | Zmieniono 3 zgłoszenia.
            pl | 5 | Zmieniono 5 zgłoszeń.
            lt | 1 | Pakeista 1 užklausa.
            lt | 3 | Pakeista 3 užklausos.
            lt | 12 | Pakeista 12 užklausų.
            uk | 1 | Змінено 1 заявку.
            uk | 5 | Змінено 5 заявок.
            ru | 1 | Изменена 1 заявка.
            ru | 2 | Изменены 2 заявки.
            ru | 7 | Изменено 7 заявок.
            it | 1 | 1 ticket modificato.
            it | 4 | 4 ticket modificati.
            """)
    void counts_take_the_plural_form_of_the_language(String language, int count, String expected) {
        assertThat(Texts.in(Locale.forLanguageTag(language), "bulk.changed", count)).isEqualTo(expected);
    }

    @Test
    void the_sign_in_wait_counts_minutes_in_the_case_after_in() {
        assertThat(Texts.in(Locale.forLanguageTag("pl"), "login.heldBack", 1)).endsWith("za 1 minutę.");
        assertThat(Texts.in(Locale.forLanguageTag("pl"), "login.heldBack", 15)).endsWith("za 15 minut.");
        assertThat(Texts.in(Locale.forLanguageTag("lt"), "login.heldBack", 2)).endsWith("po 2 minučių.");
        assertThat(Texts.in(Locale.forLanguageTag("uk"), "login.heldBack", 3)).endsWith("через 3 хвилини.");
        assertThat(Texts.in(Locale.ENGLISH, "login.heldBack", 1)).endsWith("in 1 minute.");
    }

    @Test
    void a_doubled_apostrophe_is_still_one_apostrophe() {
        assertThat(Texts.in(Locale.ITALIAN, "users.saved", "anna")).isEqualTo("Modifiche all'utente anna salvate.");
    }

    @Test
    void a_big_count_is_grouped_as_the_language_writes_numbers() {
        assertThat(Texts.in(Locale.ENGLISH, "bulk.changed", 1200)).isEqualTo("Changed 1,200 tickets.");
    }

    @Test
    void a_day_is_written_as_the_jdk_wrote_it() {
        assertThat(Texts.format("{0} – {1}", Locale.ENGLISH, java.time.LocalDate.of(2026, 12, 4), java.time.LocalDate.of(2026, 12, 5)))
                .isEqualTo("2026-12-04 – 2026-12-05");
    }

    @Test
    void the_offset_says_how_far_a_zone_is_from_utc() {
        var winter = Instant.parse("2026-01-15T12:00:00Z");
        assertThat(Formats.utcOffset(ZoneId.of("America/New_York"), winter)).isEqualTo("UTC-05:00");
        assertThat(Formats.utcOffset(ZoneId.of("Europe/Kyiv"), winter)).isEqualTo("UTC+02:00");
        assertThat(Formats.utcOffset(ZoneId.of("UTC"), winter)).isEqualTo("UTC");
    }
}
