package org.bilet.reports.kpi;

/**
 * A figure of the report whose tickets can be listed (a manager's drill-down), each with the
 * condition that defines it in {@code docs/kpi.md}: the list and the count never disagree.
 */
public enum KpiFigure {
    CREATED("t.created_at >= :start and t.created_at < :end", "t.created_at"),
    RESOLVED("t.resolved_at >= :start and t.resolved_at < :end", "t.resolved_at"),
    CLOSED("t.closed_at >= :start and t.closed_at < :end", "t.closed_at"),
    REOPENED("exists (select 1 from ticket_reopen r where r.ticket_id = t.ticket_id and r.reopened_at >= :start and r.reopened_at < :end)",
            "k.updated_at"),
    FIRST_RESPONSE_LATE("t.first_response_at >= :start and t.first_response_at < :end and t.first_response_phase = 'STOPPED'"
            + " and t.first_response_late = true", "t.first_response_at"),
    RESOLUTION_LATE("t.resolved_at >= :start and t.resolved_at < :end and t.resolution_phase = 'STOPPED'"
            + " and t.resolution_late = true", "t.resolved_at");

    final String condition;
    final String newestFirst;

    KpiFigure(String condition, String newestFirst) {
        this.condition = condition;
        this.newestFirst = newestFirst;
    }
}
