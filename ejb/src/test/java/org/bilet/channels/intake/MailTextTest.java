package org.bilet.channels.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MailTextTest {

    @Test
    void plain_text_with_angle_brackets_becomes_escaped_paragraphs_so_nothing_is_lost_to_the_sanitizer() {
        var text = MailText.of(mail("See <https://intranet.example/vpn> and x < 5.\nSecond line.\n\nNext paragraph.", null), false).text();
        assertThat(text).isEqualTo("<p>See &lt;https://intranet.example/vpn&gt; and x &lt; 5.<br>Second line.</p><p>Next paragraph.</p>");
    }

    @Test
    void plain_text_is_preferred_to_html_and_an_answer_loses_its_quote() {
        var answer = MailText.of(mail("Thanks!\n\nOn Mon, X <x@y.example> wrote:\n> old", "<p>Thanks!</p><blockquote type=cite>old</blockquote>"), true);
        assertThat(answer.text()).isEqualTo("Thanks!");
        assertThat(MailText.of(mail(null, "<p>Only <b>HTML</b></p>"), false).text()).isEqualTo("<p>Only <b>HTML</b></p>");
    }

    @Test
    void a_file_left_out_is_named_and_an_empty_message_says_so() {
        var body = MailText.of(mail("Log attached.", null), false);
        body.leftOut("huge.log", 5 * 1024 * 1024);
        assertThat(body.text()).startsWith("Log attached.").contains("huge.log (5120 KB) is over the size limit");
        assertThat(MailText.of(mail(" ", null), false).text()).isEqualTo("(The message has no text.)");
    }

    @Test
    void a_very_long_text_is_clipped_to_what_a_message_holds() {
        assertThat(MailText.of(mail("x".repeat(100_000), null), false).text()).hasSize(MailText.MAX_LENGTH);
    }

    private static IncomingMail mail(String text, String html) {
        return new IncomingMail("<a@b>", List.of(), "anna@acme.example", "Anna", "Subject", text, html, List.of(),
                IncomingMail.Noise.NONE, "k", new byte[0]);
    }
}
