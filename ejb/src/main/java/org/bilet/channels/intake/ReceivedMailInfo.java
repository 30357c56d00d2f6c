package org.bilet.channels.intake;

import java.io.Serializable;
import java.time.Instant;

/** A line of a mailbox's log: a message taken in, what became of it and the ticket it reached. */
public record ReceivedMailInfo(long id, Instant receivedAt, String sender, String subject, Outcome outcome,
                               String detail, String ticket) implements Serializable {
}
