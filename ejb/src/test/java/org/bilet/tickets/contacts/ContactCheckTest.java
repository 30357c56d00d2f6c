package org.bilet.tickets.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bilet.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class ContactCheckTest {

    private static final Instant NOW = Instant.parse("2026-12-04T16:00:00Z");

    @Test
    void a_call_is_normalised_and_its_summary_kept_as_plain_text() {
        var checked = ContactCheck.check(NewContact.call(CallDirection.INBOUND, "+48 (22) 555-01-73", 190,
                "Printer jams <script>alert(1)</script>on tray <b>2</b>"), NOW);

        assertThat(checked.kind()).isEqualTo(ContactKind.CALL);
        assertThat(checked.direction()).isEqualTo(CallDirection.INBOUND);
        assertThat(checked.phone()).isEqualTo("+48225550173");
        assertThat(checked.durationSeconds()).isEqualTo(190L);
        assertThat(checked.text()).isEqualTo("Printer jams on tray 2").doesNotContain("<", "alert");
        assertThat(checked.occurredAt()).isEqualTo(NOW);
        assertThat(checked.internal()).isFalse();
    }

    @Test
    void every_wrong_member_of_a_call_is_named_at_once() {
        var call = new NewContact("CALL", "sideways", "call me", -5L, null, null, "a transcript", null, null, null);

        assertThatThrownBy(() -> ContactCheck.check(call, NOW))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors().stream().map(InvalidInputException.FieldError::field).toList())
                .asList().containsExactly("direction", "phone", "durationSeconds", "transcript");
    }

    @Test
    void a_missed_call_has_no_duration_and_the_future_is_refused() {
        var missedWithDuration = new NewContact("call", "inbound", "+4420794603", 30L, true, null, null, null, null, null);
        var tomorrow = NewContact.call(CallDirection.OUTBOUND, "+4420794603", 1, null);
        var future = new NewContact(tomorrow.type(), tomorrow.direction(), tomorrow.phone(), 1L, false, null, null, null,
                null, NOW.plus(Duration.ofDays(1)));

        assertThat(fields(missedWithDuration)).containsExactly("durationSeconds");
        assertThat(fields(future)).containsExactly("occurredAt");
        assertThat(fields(new NewContact("chat", null, null, null, null, null, "hi", null, null, Instant.parse("0001-01-01T00:00:00Z"))))
                .containsExactly("occurredAt");
        assertThat(ContactCheck.check(new NewContact("call", "inbound", "+4420794603", null, true, null, null, null, null,
                NOW.plusSeconds(60)), NOW).occurredAt()).as("a little clock skew is taken as now").isEqualTo(NOW);
    }

    @Test
    void a_chat_needs_a_transcript_and_takes_no_call_members() {
        assertThat(fields(new NewContact("chat", "inbound", null, 10L, null, null, " ", null, null, null)))
                .containsExactly("direction", "durationSeconds", "transcript");
        assertThat(fields(new NewContact("chat", null, null, null, null, null, "x".repeat(ContactCheck.MAX_TRANSCRIPT + 1),
                null, null, null))).containsExactly("transcript");
        var chat = ContactCheck.check(NewContact.chat("Agent: hello\nCustomer: hi", " web-42 "), NOW);
        assertThat(chat.chatReference()).isEqualTo("web-42");
        assertThat(chat.text()).isEqualTo("Agent: hello\nCustomer: hi");
    }

    @Test
    void an_unknown_type_is_named() {
        assertThat(fields(new NewContact("sms", null, null, null, null, null, null, null, null, null))).containsExactly("type");
        assertThat(fields(new NewContact(null, null, null, null, null, null, null, null, null, null))).containsExactly("type");
    }

    private static List<String> fields(NewContact contact) {
        try {
            ContactCheck.check(contact, NOW);
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(InvalidInputException.FieldError::field).toList();
        }
    }
}
