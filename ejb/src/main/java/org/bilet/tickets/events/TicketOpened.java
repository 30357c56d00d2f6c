package org.bilet.tickets.events;

import java.time.Instant;
import org.bilet.tickets.Channel;

/** A new ticket, with the channel it came through and its requester. */
public record TicketOpened(TicketRef ticket, ActorRef by, Instant at, String requester, Channel channel) implements TicketChange {
}
