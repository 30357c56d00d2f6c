package org.bilet.reports.kpi;

import static org.bilet.reports.kpi.KpiSql.asLong;

/**
 * The first responses made in the period, in one pass: how many, how many had the SLA clock stop on
 * them (clocked), and of those with a target (measured) how many were in time (met).
 */
record FirstResponses(long responded, long clocked, long measured, long met) {

    static FirstResponses of(KpiSql sql) {
        var row = sql.row("""
                select count(*), sum(""" + DurationQuery.FIRST_RESPONSE.clocked() + """
                ), sum(t.first_response_phase = 'STOPPED' and t.first_response_target_ms is not null),
                   sum(t.first_response_phase = 'STOPPED' and t.first_response_target_ms is not null and t.first_response_late = false)
                from ticket_fact t
                where t.first_response_at >= :start and t.first_response_at < :end {scope}""");
        return new FirstResponses(asLong(row[0]), asLong(row[1]), asLong(row[2]), asLong(row[3]));
    }

    /** Whether every first response of the period has its business time. */
    boolean allClocked() {
        return clocked == responded;
    }
}
