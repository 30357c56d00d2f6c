package org.bilet.tickets.events;

import java.time.Instant;

/**
 * A reply or, when {@code internal}, a note that only staff may read: whoever passes it on (mail,
 * notifications, webhooks) must check {@code internal} before telling the requester's side.
 */
public record MessagePosted(TicketRef ticket, ActorRef by, Instant at, long messageId, boolean internal) implements TicketChange {
}
