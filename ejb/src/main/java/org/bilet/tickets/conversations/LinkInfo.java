package org.bilet.tickets.conversations;

import java.io.Serializable;
import org.bilet.tickets.TicketStatus;

/** A link as one ticket shows it: how it relates to the other ticket, and which ticket that is. */
public record LinkInfo(LinkType type, String number, String subject, TicketStatus status) implements Serializable {
}
