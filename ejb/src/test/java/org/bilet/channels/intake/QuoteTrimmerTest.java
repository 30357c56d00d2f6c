package org.bilet.channels.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteTrimmerTest {

    @Test
    void an_english_client_quote_is_cut_at_its_header_line() {
        var text = """
                The printer works again, thanks!

                On Thu, 3 Dec 2026 at 10:15, Bilet Helpdesk <helpdesk@acme.example> wrote:
                > Please restart the printer.
                > Kind regards
                """;
        assertThat(QuoteTrimmer.text(text)).isEqualTo("The printer works again, thanks!");
    }

    @Test
    void a_header_line_wrapped_over_two_lines_is_recognised() {
        var text = "Still broken.\n\nOn Thu, 3 Dec 2026 at 10:15, Bilet Helpdesk\n<helpdesk@acme.example> wrote:\n> Try again.";
        assertThat(QuoteTrimmer.text(text)).isEqualTo("Still broken.");
    }

    @Test
    void polish_ukrainian_russian_italian_and_lithuanian_headers_are_cut() {
        assertThat(QuoteTrimmer.text("Dalej nie działa.\n\nW dniu 3.12.2026 o 10:15, Bilet <helpdesk@acme.example> pisze:\n> Proszę zrestartować."))
                .isEqualTo("Dalej nie działa.");
        assertThat(QuoteTrimmer.text("Не працює.\n\n3 груд. 2026 р. о 10:15 Bilet <helpdesk@acme.example> пише:\n> Перезапустіть."))
                .isEqualTo("Не працює.");
        assertThat(QuoteTrimmer.text("Не работает.\n\n3 дек. 2026 г., в 10:15, Bilet <helpdesk@acme.example> написал(а):\n> Перезапустите."))
                .isEqualTo("Не работает.");
        assertThat(QuoteTrimmer.text("Ancora rotto.\n\nIl giorno gio 3 dic 2026 alle 10:15 Bilet <helpdesk@acme.example> ha scritto:\n> Riavvia."))
                .isEqualTo("Ancora rotto.");
        assertThat(QuoteTrimmer.text("Vis dar neveikia.\n\n2026-12-03 10:15, Bilet <helpdesk@acme.example> rašė:\n> Perkraukite."))
                .isEqualTo("Vis dar neveikia.");
    }

    @Test
    void an_outlook_header_block_is_cut_in_the_readers_language() {
        var text = """
                Спасибо, всё работает.

                От: Bilet Helpdesk <helpdesk@acme.example>
                Отправлено: 3 декабря 2026 г. 10:15
                Кому: Ivan
                Тема: [BIL-000123] Принтер
                Перезапустите принтер.
                """;
        assertThat(QuoteTrimmer.text(text)).isEqualTo("Спасибо, всё работает.");
        assertThat(QuoteTrimmer.text("Thanks.\n\n-----Original Message-----\nFrom: x\nSent: y\nOld text")).isEqualTo("Thanks.");
        assertThat(QuoteTrimmer.text("Dzięki.\n________________________________\nOd: Bilet\nWysłano: wtorek\nStary tekst")).isEqualTo("Dzięki.");
    }

    @Test
    void a_signature_and_a_trailing_quote_are_cut_but_answers_between_quotes_are_kept() {
        assertThat(QuoteTrimmer.text("Works now.\n-- \nAnna Nowak\nAcme Logistics")).isEqualTo("Works now.");
        assertThat(QuoteTrimmer.text("Works now.\n\n> old line\n> another\n")).isEqualTo("Works now.");
        var inline = "> Is the cable plugged in?\nYes, it is.\n> Which model?\nHP 400";
        assertThat(QuoteTrimmer.text(inline)).isEqualTo(inline);
    }

    @Test
    void a_message_that_is_all_quote_is_kept_whole() {
        var text = "> only a quote\n> nothing else";
        assertThat(QuoteTrimmer.text(text)).isEqualTo(text);
    }

    @Test
    void html_quote_blocks_of_gmail_thunderbird_and_outlook_are_removed() {
        assertThat(QuoteTrimmer.html("<div>Fixed, thanks.</div><div class=\"gmail_quote\"><div>On … wrote:</div><blockquote>old</blockquote></div>"))
                .contains("Fixed, thanks.").doesNotContain("old").doesNotContain("wrote");
        assertThat(QuoteTrimmer.html("<p>New text</p><blockquote type=\"cite\">quoted</blockquote>"))
                .contains("New text").doesNotContain("quoted");
        assertThat(QuoteTrimmer.html("<p>Answer</p><div id=\"divRplyFwdMsg\">From: Bilet</div><div>Old mail</div>"))
                .contains("Answer").doesNotContain("Old mail").doesNotContain("From: Bilet");
    }
}
