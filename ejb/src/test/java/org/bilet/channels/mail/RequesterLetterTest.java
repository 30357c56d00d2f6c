package org.bilet.channels.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.bilet.tickets.RichText;
import org.junit.jupiter.api.Test;

class RequesterLetterTest {

    private static final String LINK = "https://desk.example/portal/ticket.xhtml?number=BIL-000123";

    @Test
    void speaks_the_requesters_language_and_names_the_ticket_in_the_subject() {
        var letter = letter(RequesterNotice.RECEIVED, "pl", "Drukarka nie drukuje", null);
        assertThat(letter.subject()).isEqualTo("[BIL-000123] Przyjęto zgłoszenie: Drukarka nie drukuje");
        assertThat(letter.text()).startsWith("Dzień dobry Łucja Żółkiewska,").contains("BIL-000123").contains(LINK);
        assertThat(letter(RequesterNotice.RESOLVED, "uk", "Принтер", null).subject()).isEqualTo("[BIL-000123] Вирішено: Принтер");
        assertThat(letter(RequesterNotice.WAITING, "lt", "Spausdintuvas", null).subject()).startsWith("[BIL-000123] Laukiame");
        assertThat(letter(RequesterNotice.RECEIVED, "it", "Stampante", null).text()).contains("l’abbiamo registrata");
        assertThat(letter(RequesterNotice.RECEIVED, "ru", "Принтер", null).text()).contains("зарегистрировали");
    }

    @Test
    void a_merge_names_the_ticket_it_went_into_in_every_language() {
        for (var language : java.util.List.of("en", "pl", "lt", "uk", "ru", "it")) {
            var letter = worded(new RequesterLetter(RequesterNotice.MERGED, "Rita", "BIL-000123",
                    "Printer", "https://bilet.example/portal/ticket.xhtml?number=BIL-000124", "Ann", null, null, "BIL-000124"), language);
            assertThat(letter.subject()).as(language).startsWith("[BIL-000123]").contains("BIL-000124");
            assertThat(letter.text()).as(language).contains("BIL-000124", "Ann", "number=BIL-000124");
            assertThat(letter.html()).as(language).contains("BIL-000124");
        }
    }

    @Test
    void a_language_without_texts_gets_english() {
        assertThat(letter(RequesterNotice.REPLIED, "de", "Printer", null).text()).contains("Anna Kowalska replied to your request BIL-000123:");
    }

    @Test
    void what_people_wrote_is_escaped_in_html_and_read_as_text() {
        assertThat(letter(RequesterNotice.RECEIVED, "en", "<script>alert(1)</script> & more", null).html())
                .doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more");
        var letter = letter(RequesterNotice.REPLIED, "en", "x",
                RichText.of("<p>Restart the <b>printer</b>.</p><p>Then &lt;press&gt; OK.</p><script>alert(2)</script>"));
        assertThat(letter.html()).doesNotContain("<script>").contains("<b>printer</b>").contains("<a href=\"" + LINK + "\"");
        assertThat(letter.text()).contains("    Restart the printer.\n    Then <press> OK.").doesNotContain("<b>");
        assertThat(letter(RequesterNotice.REPLIED, "en", "x", RichText.of("line one\nline 2 > 1 & so")).html())
                .contains("line one<br>line 2 &gt; 1 &amp; so");
    }

    @Test
    void a_resolution_offered_a_survey_link_asks_for_a_rating_in_every_language_in_both_parts() {
        var survey = "https://desk.example/survey/abc_DEF-123";
        for (var language : List.of("en", "pl", "lt", "uk", "ru", "it")) {
            var letter = resolved(language, survey);
            var line = letter.text().lines().filter(l -> l.contains(survey)).findFirst().orElseThrow();
            assertThat(line).as(language).endsWith(": " + survey).isNotEqualTo(": " + survey);
            assertThat(letter.html()).as(language).contains("<a href=\"" + survey + "\">" + survey + "</a>");
        }
        assertThat(resolved("en", survey).text()).contains("Rate how we did: " + survey);
        assertThat(resolved("en", null).text()).doesNotContain("Rate how we did");
        assertThat(resolved("en", null).html()).doesNotContain("Rate how we did");
    }

    private static Letter resolved(String language, String surveyLink) {
        return worded(new RequesterLetter(RequesterNotice.RESOLVED, "Rita", "BIL-000123", "Printer",
                LINK, "Anna Kowalska", RichText.of("Replaced the toner."), surveyLink), language);
    }

    private static Letter letter(RequesterNotice notice, String language, String subject, RichText content) {
        var name = language.equals("pl") ? "Łucja Żółkiewska" : "Rita";
        return worded(new RequesterLetter(notice, name, "BIL-000123", subject, LINK, "Anna Kowalska", content, null), language);
    }

    /** Worded as RequesterMail words it when no administrator changed the wording: Bilet's own, in the language. */
    private static Letter worded(RequesterLetter letter, String language) {
        return letter.render(Letters.standard(letter.topic(), Locale.forLanguageTag(language)));
    }
}
