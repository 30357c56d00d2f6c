package org.bilet.tickets;

import java.time.Instant;

/** A reply or note; format says whether body is plain text (escape it) or sanitized HTML. */
public record MessageDetails(long id, PersonRef author, boolean internal, String body, RichText.Format format,
                             Instant createdAt) {

    static MessageDetails of(Message m) {
        return new MessageDetails(m.id(), PersonRef.of(m.author()), m.internal(), m.body(), m.bodyFormat(), m.createdAt());
    }
}
