package org.bilet.sla;

/** How a promise stands at a given moment, as queues and reports show it. */
public enum SlaState {
    /** Running (or not started yet) with time to spare. */
    OK,
    /** Running, and most of the target is used up: someone should look now. */
    WARNING,
    /** The target is used up: still running, paused after it or stopped late. */
    BREACHED,
    /** Paused before the target was used up, for example while waiting on the requester. */
    PAUSED,
    /** Stopped before the target was used up. */
    MET
}
