package org.bilet.tickets.conversations;

import org.bilet.people.User;
import org.bilet.platform.BrokenRuleException;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.TicketNumber;
import org.bilet.tickets.TicketRepository;

/**
 * Two tickets a step changes together, their rows locked in the order of their numbers so that two
 * steps on the same pair (a merge each way, two links) wait for each other instead of deadlocking.
 */
record LockedPair(Ticket named, Ticket other) {

    /**
     * Locks the ticket {@code number} and the one {@code other} names ({@code field}: how the caller
     * named it). Either unknown or invisible is 404; the same ticket twice is refused naming the field.
     */
    /** The other ticket's number; a malformed one is as unknown as a missing ticket, and not repeated. */
    private static TicketNumber parseOther(String other) {
        try {
            return TicketNumber.parse(other);
        } catch (ResourceNotFoundException malformed) {
            throw new ResourceNotFoundException("There is no ticket with that number; numbers look like BIL-000123.");
        }
    }

    static LockedPair lock(TicketRepository tickets, User viewer, String number, String other, String field, String sameMessage) {
        if (other == null || other.isBlank()) {
            throw InvalidInputException.of(field, "Name the other ticket by its number, like BIL-000123.");
        }
        var one = TicketNumber.parse(number);
        var two = parseOther(other);
        if (one.equals(two)) {
            throw new BrokenRuleException(field, sameMessage);
        }
        if (one.value().compareTo(two.value()) < 0) {
            var named = tickets.lockedForChange(viewer, one.value());
            return new LockedPair(named, tickets.lockedForChange(viewer, two.value()));
        }
        var second = tickets.lockedForChange(viewer, two.value());
        return new LockedPair(tickets.lockedForChange(viewer, one.value()), second);
    }
}
