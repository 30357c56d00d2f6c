package org.bilet.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    private static final Map<String, String> VALUES = Map.of(
            "requester.firstName", "Anna",
            "requester.name", "Anna Nowak",
            "ticket.number", "BIL-000123",
            "ticket.subject", "Printer <b>jams</b> & smokes",
            "agent.firstName", "Piotr",
            "team.name", "Service desk");

    @Test
    void fills_known_placeholders_with_escaped_values() {
        var html = Placeholders.fill("<p>Hello {requester.firstName}, about {ticket.number} ({ticket.subject}): {agent.firstName}</p>", VALUES);

        assertThat(html).isEqualTo("<p>Hello Anna, about BIL-000123 (Printer &lt;b&gt;jams&lt;/b&gt; &amp; smokes): Piotr</p>");
    }

    @Test
    void a_known_placeholder_without_a_value_becomes_empty() {
        assertThat(Placeholders.fill("Team: {team.name}.", Map.of())).isEqualTo("Team: .");
    }

    @Test
    void values_that_look_like_replacement_syntax_are_taken_literally() {
        assertThat(Placeholders.fill("{requester.name}", Map.of("requester.name", "$1 \\ {ticket.number}")))
                .isEqualTo("$1 \\ {ticket.number}");
    }

    @Test
    void finds_unknown_placeholders_but_leaves_other_braces_alone() {
        assertThat(Placeholders.unknownIn("Hi {requester.firstName} {customer.name} {} {\"a\": 1} {agent.phone} {customer.name}"))
                .containsExactly("customer.name", "agent.phone");
        assertThat(Placeholders.unknownIn("{ticket.number} {team.name}")).isEmpty();
    }

    @Test
    void escapes_quotes_for_attributes_too() {
        assertThat(Placeholders.escape("O'Connor \"Jim\"")).isEqualTo("O&#39;Connor &#34;Jim&#34;");
    }
}
