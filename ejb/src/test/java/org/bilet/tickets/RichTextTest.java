package org.bilet.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RichTextTest {

    @Test
    void plain_text_is_only_stripped() {
        assertThat(RichText.of("  The printer jams.\n\nSince Monday, 2 < 3 & \"quotes\" stay.  \n").content())
                .isEqualTo("The printer jams.\n\nSince Monday, 2 < 3 & \"quotes\" stay.");
    }

    @Test
    void null_stays_null() {
        assertThat(RichText.of(null)).isNull();
    }

    @Test
    void scripts_are_removed() {
        assertThat(RichText.of("Hello<script>alert('x')</script> world").content()).isEqualTo("Hello world");
    }

    @Test
    void event_handlers_are_removed() {
        assertThat(RichText.of("<p onclick=\"steal()\">Click</p>").content()).isEqualTo("<p>Click</p>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<b>bold</b>", "<i>it</i>", "<ul><li>one</li><li>two</li></ul>", "<ol><li>one</li></ol>",
            "<p>para</p>", "<table><tbody><tr><td>cell</td></tr></tbody></table>"})
    void formatting_lists_and_tables_are_kept(String html) {
        assertThat(RichText.of(html).content()).isEqualTo(html);
    }

    @Test
    void https_links_are_kept() {
        assertThat(RichText.of("See <a href=\"https://example.org/kb/42\">the article</a>.").content())
                .contains("<a href=\"https://example.org/kb/42\"")
                .contains(">the article</a>.");
    }

    @Test
    void javascript_links_are_dropped_but_their_text_kept() {
        var cleaned = RichText.of("<a href=\"javascript:alert(1)\">Click me</a>").content();

        assertThat(cleaned).isEqualTo("Click me");
    }

    @Test
    void an_unclosed_tag_cannot_smuggle_an_event_handler() {
        var cleaned = RichText.of("<img src=x onerror=alert(1)");

        assertThat(cleaned.format()).isEqualTo(RichText.Format.HTML);
        assertThat(cleaned.content()).doesNotContain("onerror").doesNotContain("alert");
    }

    @Test
    void a_lone_less_than_sign_is_plain_text() {
        var text = RichText.of("2 < 3 and 5 > 4");

        assertThat(text.format()).isEqualTo(RichText.Format.TEXT);
        assertThat(text.content()).isEqualTo("2 < 3 and 5 > 4");
    }
}
