package org.bilet.it.incontainer;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bilet.tickets.NewTicket;
import org.bilet.tickets.TicketChanges;
import org.bilet.tickets.TicketFilter;
import org.bilet.tickets.TicketQueue;
import org.bilet.tickets.TicketStatus;

/** The one place in-container tests build ticket requests, so a change to those records is one edit here. */
final class TicketRecords {

    private TicketRecords() {
    }

    /** A ticket opened by staff for the requester; category, tags and fields may be null. */
    static NewTicket newTicket(String subject, String requester, String category, Set<String> tags,
                               Map<String, String> customFields) {
        return new NewTicket(subject, "Opened by an in-container test.", null, category, tags, null, customFields, requester);
    }

    /** Moves, routes and assigns at once; a null leaves that field alone. RESOLVED gets a resolution note. */
    static TicketChanges changes(TicketStatus status, String team, String assignee) {
        return new TicketChanges(status, status == TicketStatus.RESOLVED ? "Solved by an in-container test." : null,
                null, null, null, null, set(team), set(assignee), null);
    }

    /** In a change, null leaves a field alone and an Optional sets it. */
    private static Optional<String> set(String value) {
        return value == null ? null : Optional.of(value);
    }

    static TicketChanges priority(String code) {
        return TicketChanges.none().withPriority(code);
    }

    /** The tickets with this tag in the queue, on one page. */
    static TicketFilter queue(TicketQueue queue, String tag) {
        return new TicketFilter(queue, null, null, null, null, null, null, null, tag, null, 0, 100);
    }
}
