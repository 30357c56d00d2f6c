package org.bilet.tickets;

import java.io.Serializable;
import java.time.Instant;
import org.bilet.tickets.contacts.ContactDetails;

/**
 * The timeline of a ticket: messages, history events and logged calls and chats in the order they
 * happened; each entry holds one of the three.
 */
public record TimelineEntry(Instant at, MessageDetails message, HistoryEntry event, ContactDetails contact) implements Serializable {

    static TimelineEntry of(MessageDetails message) {
        return new TimelineEntry(message.createdAt(), message, null, null);
    }

    static TimelineEntry of(HistoryEntry event) {
        return new TimelineEntry(event.occurredAt(), null, event, null);
    }

    static TimelineEntry of(ContactDetails contact) {
        return new TimelineEntry(contact.occurredAt(), null, null, contact);
    }
}
