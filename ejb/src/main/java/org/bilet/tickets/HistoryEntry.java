package org.bilet.tickets;

import java.time.Instant;

/** One recorded change of a ticket. */
public record HistoryEntry(
        long id,
        Instant occurredAt,
        PersonRef actor,
        Channel channel,
        String clientAddress,
        TicketEvent.Kind kind,
        String field,
        String oldValue,
        String newValue) {

    static HistoryEntry of(TicketEvent e) {
        return new HistoryEntry(e.id(), e.occurredAt(), PersonRef.of(e.actor()), e.channel(), e.clientAddress(),
                e.kind(), e.field(), e.oldValue(), e.newValue());
    }

    HistoryEntry withoutClientAddress() {
        return new HistoryEntry(id, occurredAt, actor, channel, null, kind, field, oldValue, newValue);
    }
}
