package org.bilet.tickets.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionNamesTest {

    @Test
    void names_are_found_once_in_order_without_trailing_punctuation() {
        assertThat(MentionNames.in("@agent2 and @Manager, see this. Thanks @agent2.")).containsExactly("agent2", "manager");
        assertThat(MentionNames.in("(@l.esposito) ask @a.zielinska.")).containsExactly("l.esposito", "a.zielinska");
    }

    @Test
    void mail_addresses_and_bare_at_signs_mention_nobody() {
        assertThat(MentionNames.in("write to agent@example.com or @ or @@")).isEmpty();
        assertThat(MentionNames.in(null)).isEmpty();
    }

    @Test
    void at_most_twenty_names_are_read() {
        var text = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            text.append("@user").append(i).append(' ');
        }
        assertThat(MentionNames.in(text.toString())).hasSize(MentionNames.MAX);
    }
}
