package org.bilet.tickets;

import java.time.Instant;

/** The timeline of a ticket: messages and history events in the order they happened. */
public record TimelineEntry(Instant at, MessageDetails message, HistoryEntry event) {

    static TimelineEntry of(MessageDetails message) {
        return new TimelineEntry(message.createdAt(), message, null);
    }

    static TimelineEntry of(HistoryEntry event) {
        return new TimelineEntry(event.occurredAt(), null, event);
    }
}
