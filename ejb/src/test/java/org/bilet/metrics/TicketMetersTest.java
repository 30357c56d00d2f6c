package org.bilet.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.bilet.tickets.Channel;
import org.bilet.tickets.TicketField;
import org.bilet.tickets.events.FieldChanged;
import org.junit.jupiter.api.Test;

class TicketMetersTest {

    @Test
    void channels_are_labelled_by_their_lower_case_names() {
        assertThat(TicketMeters.channelLabel(Channel.EMAIL)).isEqualTo("email");
        assertThat(TicketMeters.channelLabel(Channel.API)).isEqualTo("api");
        assertThat(TicketMeters.channelLabel(null)).isEqualTo("unknown");
    }

    @Test
    void only_a_breach_recorded_on_a_promise_counts_as_one() {
        assertThat(TicketMeters.breachedPromise(change(TicketField.FIRST_RESPONSE_SLA, "WARNING", "BREACHED"))).contains("first_response");
        assertThat(TicketMeters.breachedPromise(change(TicketField.RESOLUTION_SLA, "OK", "BREACHED"))).contains("resolution");
        assertThat(TicketMeters.breachedPromise(change(TicketField.NEXT_RESPONSE_SLA, "OK", "WARNING"))).isEmpty();
        assertThat(TicketMeters.breachedPromise(change(TicketField.custom("state"), "OK", "BREACHED"))).isEmpty();
        assertThat(TicketMeters.breachedPromise(change(TicketField.PRIORITY, "LOW", "HIGH"))).isEmpty();
    }

    private static FieldChanged change(TicketField field, String from, String to) {
        return new FieldChanged(null, null, Instant.EPOCH, field, from, to);
    }
}
