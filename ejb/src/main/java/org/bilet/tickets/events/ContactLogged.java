package org.bilet.tickets.events;

import java.time.Instant;
import org.bilet.tickets.Channel;

/**
 * Staff logged a phone call ({@code PHONE}) or a chat transcript ({@code CHAT}) on the ticket;
 * {@code contactId} names it. Whoever passes it on must check {@code internal}, as for notes.
 */
public record ContactLogged(TicketRef ticket, ActorRef by, Instant at, long contactId, Channel channel, boolean internal)
        implements TicketChange {
}
