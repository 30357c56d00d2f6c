package org.bilet.tickets.events;

import java.time.Instant;

/**
 * A file was attached to the ticket, or to one of its messages ({@code messageId}); a file of an
 * internal note is {@code internal} like the note.
 */
public record AttachmentAdded(TicketRef ticket, ActorRef by, Instant at, String fileName, Long messageId, boolean internal)
        implements TicketChange {
}
