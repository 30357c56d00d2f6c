package org.bilet.kb.search;

import java.io.Serializable;
import org.bilet.tickets.TicketStatus;

/** A ticket like another one or like a text being written: its number, subject, status and score. */
public record SimilarTicket(String number, String subject, TicketStatus status, String resolution, float score) implements Serializable {
}
