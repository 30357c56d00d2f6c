package org.bilet.automation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.TicketStatus;

/** When a rule runs: on an event of the ticket, or once a number of hours has passed. */
public record RuleTrigger(Type type, Integer hours, TicketStatus status) {

    public enum Type {
        CREATED, UPDATED, REQUESTER_REPLIED, SLA_WARNING, SLA_BREACHED,
        /** N hours since the ticket was last updated; once per ticket and rule. */
        HOURS_SINCE_UPDATE,
        /** N hours in a status; once each time the ticket enters it. */
        HOURS_IN_STATUS;

        public boolean isTimed() {
            return this == HOURS_SINCE_UPDATE || this == HOURS_IN_STATUS;
        }
    }

    /** The one cycle of a rule that fires once per ticket. */
    static final Instant ONCE = Instant.EPOCH;

    public RuleTrigger {
        Objects.requireNonNull(type);
        if (type.isTimed() != (hours != null) || (type == Type.HOURS_IN_STATUS) != (status != null)) {
            throw new IllegalArgumentException("time-based triggers, and only they, have hours; HOURS_IN_STATUS has a status");
        }
    }

    public static RuleTrigger on(Type type) {
        return new RuleTrigger(type, null, null);
    }

    public boolean isTimed() {
        return type.isTimed();
    }

    /** The instant tickets must have been quiet (or in the status) since for this rule to be due at {@code now}. */
    Instant cutoff(Instant now) {
        return now.minus(Duration.ofHours(hours));
    }

    /** Whether the ticket is due now; checked again under the ticket's lock. */
    boolean isDue(Ticket ticket, Instant now) {
        return switch (type) {
            case HOURS_SINCE_UPDATE -> !ticket.status().isDone() && !ticket.updatedAt().isAfter(cutoff(now));
            case HOURS_IN_STATUS -> ticket.status() == status && !ticket.statusSince().isAfter(cutoff(now));
            default -> false;
        };
    }

    /** Which stay of the ticket a firing belongs to: the stay in the status, or {@link #ONCE}. */
    Instant cycleOf(Ticket ticket) {
        return type == Type.HOURS_IN_STATUS ? ticket.statusSince() : ONCE;
    }
}
