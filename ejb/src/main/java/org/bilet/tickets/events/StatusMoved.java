package org.bilet.tickets.events;

import java.time.Instant;
import org.bilet.tickets.TicketStatus;

/** The ticket moved from one status to another. */
public record StatusMoved(TicketRef ticket, ActorRef by, Instant at, TicketStatus from, TicketStatus to) implements TicketChange {
}
