package org.bilet.channels.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bilet.tickets.RichText;
import org.junit.jupiter.api.Test;

class LetterTemplateTest {

    private static final LetterTemplate TEMPLATE = new LetterTemplate("[{{number}}] {{ by }} wrote: {{subject}}",
            "Hello {{name}},\n\n{{by}} wrote on {{number}}:\n\n{{content}}\n\nRate us: {{survey}}\n\nOpen it: {{link}}\n\n-- \nService desk");

    private static Map<String, String> values() {
        var values = new HashMap<String, String>();
        values.put("name", "Rita");
        values.put("number", "BIL-000123");
        values.put("subject", "Printer <jammed> & \"stuck\"");
        values.put("by", "Ann");
        values.put("link", "https://desk.example/portal/ticket.xhtml?number=BIL-000123&x=1");
        return values;
    }

    @Test
    void fills_the_placeholders_and_leaves_out_lines_without_a_value() {
        var letter = TEMPLATE.render(values(), RichText.of("Restart it.\nThen print."));
        assertThat(letter.subject()).isEqualTo("[BIL-000123] Ann wrote: Printer <jammed> & \"stuck\"");
        assertThat(letter.text()).isEqualTo("""
                Hello Rita,

                Ann wrote on BIL-000123:

                    Restart it.
                    Then print.

                Open it: https://desk.example/portal/ticket.xhtml?number=BIL-000123&x=1

                --\s
                Service desk
                """);
    }

    @Test
    void a_mail_without_content_drops_its_line_and_keeps_single_blank_lines() {
        var text = TEMPLATE.render(values(), null).text();
        assertThat(text).doesNotContain("{{").doesNotContain("\n\n\n").contains("wrote on BIL-000123:\n\nOpen it:");
    }

    @Test
    void html_escapes_what_people_wrote_links_the_links_and_greys_the_signature() {
        var values = values();
        values.put("survey", "https://desk.example/survey/abc");
        var html = TEMPLATE.render(values, RichText.of("<p>Restart the <b>printer</b>.</p><script>alert(1)</script>")).html();
        assertThat(html).doesNotContain("<script>").doesNotContain("<jammed>")
                .contains("<b>printer</b>")
                .contains("<a href=\"https://desk.example/survey/abc\">https://desk.example/survey/abc</a>")
                .contains("<a href=\"https://desk.example/portal/ticket.xhtml?number=BIL-000123&amp;x=1\">")
                .contains("<p style=\"color: #666\">Service desk</p>");
        assertThat(TEMPLATE.render(Map.of("name", "<b>x</b>"), null).html()).contains("Hello &lt;b&gt;x&lt;/b&gt;,");
    }

    @Test
    void names_the_placeholders_it_uses() {
        assertThat(TEMPLATE.placeholders()).containsExactly("number", "by", "subject", "name", "content", "survey", "link");
    }

    @Test
    void every_topic_has_bilets_own_words_in_every_language_using_only_its_placeholders() {
        for (var topic : MailTopic.values()) {
            for (var language : List.of("en", "pl", "lt", "uk", "ru", "it")) {
                var template = Letters.standard(topic, Locale.forLanguageTag(language));
                assertThat(template.subject()).as(topic + " " + language).startsWith("[{{number}}]").endsWith("{{subject}}");
                assertThat(template.body()).as(topic + " " + language).contains("{{name}}", "{{link}}");
                assertThat(template.placeholders()).as(topic + " " + language).allMatch(topic::knows);
            }
        }
    }
}
