package org.bilet.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.bilet.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class CannedResponseTest {

    @Test
    void an_html_body_is_sanitized() {
        var response = new CannedResponse("Reset", "<p onclick=\"steal()\">Hello <strong>{requester.firstName}</strong></p><script>alert(1)</script>");

        assertThat(response.body()).isEqualTo("<p>Hello <strong>{requester.firstName}</strong></p>");
    }

    @Test
    void a_plain_body_becomes_escaped_paragraphs() {
        var response = new CannedResponse("Plain", "Hello {requester.firstName},\nsee below.\n\nRegards, {agent.name} <3");

        assertThat(response.body()).isEqualTo("<p>Hello {requester.firstName},<br>see below.</p><p>Regards, {agent.name} &lt;3</p>");
    }

    @Test
    void renders_placeholders_for_a_ticket() {
        var response = new CannedResponse("Thanks", "<p>Dear {requester.name}, {team.name} got {ticket.number}.</p>");

        assertThat(response.renderWith(Map.of("requester.name", "James O'Connor", "team.name", "Service desk",
                "ticket.number", "BIL-000042")))
                .isEqualTo("<p>Dear James O&#39;Connor, Service desk got BIL-000042.</p>");
    }

    @Test
    void an_unknown_placeholder_is_refused_with_the_known_ones() {
        assertThatThrownBy(() -> new CannedResponse("Bad", "<p>Hi {customer.name}</p>"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Unknown placeholder {customer.name}; the known ones are {requester.firstName}, ")
                .hasMessageContaining("{team.name}");
    }

    @Test
    void a_body_that_sanitizes_to_nothing_is_refused() {
        assertThatThrownBy(() -> new CannedResponse("Empty", "<script>alert(1)</script><p> </p>"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Write the response: it is empty.");
    }

    @Test
    void a_revision_can_switch_it_off_and_on() {
        var response = new CannedResponse("Thanks", "Thanks!");
        response.deactivate();
        assertThat(response.active()).isFalse();
        response.activate();
        response.revise("Thank you", "Thank you, {requester.firstName}!");

        assertThat(response.active()).isTrue();
        assertThat(response.title()).isEqualTo("Thank you");
        assertThat(response.body()).isEqualTo("<p>Thank you, {requester.firstName}!</p>");
    }

    @Test
    void the_audit_excerpt_is_plain_text() {
        assertThat(CannedResponses.excerpt("<p>Hello&#44; <b>O&#39;Connor</b> &amp; co</p><p>next</p>"))
                .isEqualTo("Hello, O'Connor & co next");
    }
}
