package org.bilet.tickets;

import java.time.Instant;

public record MessageDetails(long id, PersonRef author, boolean internal, String body, Instant createdAt) {

    static MessageDetails of(Message m) {
        return new MessageDetails(m.id(), PersonRef.of(m.author()), m.internal(), m.body(), m.createdAt());
    }
}
