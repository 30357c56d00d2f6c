package org.bilet.tickets;

import java.time.Duration;

/**
 * The standing views of the helpdesk: which tickets each holds and how it is sorted unless the
 * agent chooses otherwise. "Unresolved" means neither RESOLVED nor CLOSED.
 */
public enum TicketQueue {
    /** Unresolved tickets assigned to me, the soonest due first. */
    MINE("dueAt,asc"),
    /** Unresolved tickets nobody has taken, in my teams or in no team yet. */
    UNASSIGNED("dueAt,asc"),
    /** Every unresolved ticket. */
    OPEN("dueAt,asc"),
    /** Tickets waiting on the requester, the longest waiting first. */
    WAITING("updatedAt,asc"),
    /**
     * Unresolved tickets whose SLA warns or is breached; a NEW or OPEN ticket without SLA (opened
     * before policies existed) when it is past its due date or due within {@link #AT_RISK_WITHIN}.
     */
    AT_RISK("dueAt,asc"),
    /** Anything updated within {@link #RECENT_WITHIN}, newest first. */
    RECENT("updatedAt,desc");

    public static final Duration AT_RISK_WITHIN = Duration.ofHours(4);
    public static final Duration RECENT_WITHIN = Duration.ofHours(24);

    private final String defaultSort;

    TicketQueue(String defaultSort) {
        this.defaultSort = defaultSort;
    }

    public String defaultSort() {
        return defaultSort;
    }
}
