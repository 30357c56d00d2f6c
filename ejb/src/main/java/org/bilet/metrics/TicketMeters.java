package org.bilet.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bilet.sla.SlaState;
import org.bilet.tickets.Channel;
import org.bilet.tickets.TicketField;
import org.bilet.tickets.events.FieldChanged;
import org.bilet.tickets.events.TicketOpened;

/**
 * Counts tickets opened, by channel, and SLA promises breached, by promise, once the transaction
 * that recorded them has committed: a refused or rolled-back ticket is never counted.
 */
@ApplicationScoped
public class TicketMeters {

    /**
     * Served as {@code bilet_tickets_opened_total}: a name ending in {@code created} would lose that
     * word, which the Prometheus format keeps for a counter's creation time.
     */
    static final String OPENED = "bilet.tickets.opened";
    static final String SLA_BREACHES = "bilet.sla.breaches";

    /** The promise each SLA field records, as the label names it. */
    private static final Map<TicketField, String> PROMISES = Map.of(
            TicketField.FIRST_RESPONSE_SLA, "first_response",
            TicketField.NEXT_RESPONSE_SLA, "next_response",
            TicketField.RESOLUTION_SLA, "resolution");

    @Inject
    MeterRegistry registry;

    void opened(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketOpened opened) {
        opened(opened.channel()).increment();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) FieldChanged changed) {
        breachedPromise(changed).ifPresent(promise -> registry.counter(SLA_BREACHES, "promise", promise).increment());
    }

    private Counter opened(Channel channel) {
        return registry.counter(OPENED, "channel", channelLabel(channel));
    }

    /** The label of a channel: its lower-case name, one of a fixed few. */
    static String channelLabel(Channel channel) {
        return channel == null ? "unknown" : channel.name().toLowerCase(Locale.ROOT);
    }

    /** The promise a change breached, if it is the SLA watch recording a breach. */
    static Optional<String> breachedPromise(FieldChanged changed) {
        return SlaState.BREACHED.name().equals(changed.newValue())
                ? Optional.ofNullable(PROMISES.get(changed.field()))
                : Optional.empty();
    }
}
