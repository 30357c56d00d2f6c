package org.bilet.desk;

import java.util.Optional;
import org.bilet.tickets.TicketStatus;

/**
 * One change for many tickets. A null component leaves that field alone; an empty assignee
 * releases the tickets.
 *
 * @param resolution the note that resolving needs
 * @param addTag     a tag added to the tags each ticket already has
 */
public record BulkChange(Optional<String> assignee, TicketStatus status, String resolution, String priority, String addTag) {
}
