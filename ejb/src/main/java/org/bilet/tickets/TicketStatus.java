package org.bilet.tickets;

import java.util.EnumSet;
import java.util.Set;
import org.bilet.platform.ConflictException;

/**
 * The life cycle of a ticket and the one place that says which moves are legal.
 * A ticket never returns to NEW; CLOSED is final (a requester opens a new ticket instead).
 */
public enum TicketStatus {
    /** Reported, nobody has worked on it yet. */
    NEW,
    /** Being worked on. */
    OPEN,
    /** Waiting on the requester; their reply reopens it. */
    WAITING,
    /** Waiting on a third party, optionally snoozed until a given time. */
    ON_HOLD,
    /** Solved, with a resolution note; the requester may confirm or reopen. */
    RESOLVED,
    /** Done for good. */
    CLOSED;

    public Set<TicketStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(OPEN, WAITING, ON_HOLD, RESOLVED, CLOSED);
            case OPEN -> EnumSet.of(WAITING, ON_HOLD, RESOLVED, CLOSED);
            case WAITING -> EnumSet.of(OPEN, ON_HOLD, RESOLVED, CLOSED);
            case ON_HOLD -> EnumSet.of(OPEN, WAITING, RESOLVED, CLOSED);
            case RESOLVED -> EnumSet.of(OPEN, CLOSED);
            case CLOSED -> EnumSet.noneOf(TicketStatus.class);
        };
    }

    public boolean canMoveTo(TicketStatus target) {
        return next().contains(target);
    }

    /** Refuses an illegal move with a message that says what is possible instead. */
    public void checkMoveTo(TicketStatus target) {
        if (target == this) {
            throw new ConflictException("The ticket is already " + this + ".");
        }
        if (!canMoveTo(target)) {
            throw new ConflictException(next().isEmpty()
                    ? "A " + this + " ticket cannot change status any more; open a new ticket instead."
                    : "A " + this + " ticket cannot move to " + target + "; it can move to " + next() + ".");
        }
    }

    /** Whether work on the ticket is finished, for now or for good. */
    public boolean isDone() {
        return this == RESOLVED || this == CLOSED;
    }
}
