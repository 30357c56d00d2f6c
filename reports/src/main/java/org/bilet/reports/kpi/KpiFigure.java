package org.bilet.reports.kpi;

/**
 * A figure of the report whose tickets can be listed (a manager's drill-down), each with the
 * condition that defines it in {@code docs/kpi.md}: the list and the count never disagree. A
 * {@link KpiNarrowing} adds one condition for a bar or a row: {@code CREATED} by a day, channel,
 * category, priority, team or tag is that bar of the volume chart, the split or the recurring
 * problems; {@code RESOLVED} by an agent is the tickets they handled; {@code BREACHED} by a team or
 * category is its breaches.
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
            + " and t.resolution_late = true", "t.resolved_at"),
    /** Resolved in the period with a resolution target, and either promise kept late: the SLA breaches by team and category. */
    BREACHED("t.resolved_at >= :start and t.resolved_at < :end and t.resolution_phase = 'STOPPED'"
            + " and t.resolution_target_ms is not null and (t.resolution_late = true or t.first_response_late = true)", "t.resolved_at"),
    /** Rated 1–3 in a survey answered in the period (one survey per ticket): the CSAT answers with a low score. */
    LOW_CSAT("t.ticket_id in (select s.ticket_id from csat_survey s where s.answered_at >= :start and s.answered_at < :end"
            + " and s.rating <= " + KpiFigure.LOW_SCORE + ")", "t.resolved_at");

    /** The highest score of a low answer. */
    public static final int LOW_SCORE = 3;

    final String condition;
    final String newestFirst;

    KpiFigure(String condition, String newestFirst) {
        this.condition = condition;
        this.newestFirst = newestFirst;
    }
}
