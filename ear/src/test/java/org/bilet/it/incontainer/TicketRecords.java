package org.bilet.it.incontainer;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bilet.tickets.NewTicket;
import org.bilet.tickets.TicketChanges;
import org.bilet.tickets.TicketFilter;
import org.bilet.tickets.TicketQueue;
import org.bilet.tickets.TicketStatus;

/** Ticket requests as the in-container tests make them, with their defaults in one place. */
final class TicketRecords {

    private TicketRecords() {
    }

    /** A ticket opened by staff for the requester; category, tags and fields may be null. */
    static NewTicket newTicket(String subject, String requester, String category, Set<String> tags,
                               Map<String, String> customFields) {
        return NewTicket.of(subject, "Opened by an in-container test.").forRequester(requester).inCategory(category)
                .tagged(tags).withCustomFields(customFields);
    }

    /**
     * Moves, routes and assigns at once; a null leaves that field alone. RESOLVED gets a resolution
     * note and CLOSED a closing note.
     */
    static TicketChanges changes(TicketStatus status, String team, String assignee) {
        var changes = TicketChanges.none().withStatus(status)
                .withResolution(status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED
                        ? "Solved by an in-container test." : null);
        changes = team == null ? changes : changes.withTeam(Optional.of(team));
        return assignee == null ? changes : changes.withAssignee(assignee);
    }

    static TicketChanges priority(String code) {
        return TicketChanges.none().withPriority(code);
    }

    /** The tickets with this tag in the queue, on one page. */
    static TicketFilter queue(TicketQueue queue, String tag) {
        return TicketFilter.all().inQueue(queue).tagged(tag).page(0, 100);
    }
}
