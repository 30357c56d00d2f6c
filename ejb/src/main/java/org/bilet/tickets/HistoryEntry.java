package org.bilet.tickets;

import java.io.Serializable;
import java.time.Instant;

/** One recorded change of a ticket; {@code field} is the stored name of a {@link TicketField}. */
public record HistoryEntry(
        long id,
        Instant occurredAt,
        PersonRef actor,
        Channel channel,
        String clientAddress,
        TicketEvent.Kind kind,
        String field,
        String oldValue,
        String newValue) implements Serializable {

    static HistoryEntry of(TicketEvent e) {
        return new HistoryEntry(e.id(), e.occurredAt(), PersonRef.of(e.actor()), e.channel(), e.clientAddress(),
                e.kind(), e.field() == null ? null : e.field().storedName(), e.oldValue(), e.newValue());
    }

    /** The field that changed, typed; null for events that change no field (CREATED). */
    public TicketField changedField() {
        return field == null ? null : TicketField.of(field);
    }

    HistoryEntry withoutClientAddress() {
        return new HistoryEntry(id, occurredAt, actor, channel, null, kind, field, oldValue, newValue);
    }
}
