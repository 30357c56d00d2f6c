package org.bilet.reports.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL that tells, for a UTC {@code datetime} column, the day it falls on in the report's zone, as an
 * epoch day: its seconds since 1970 plus the zone's offset, by the offset in force at each moment of
 * the period (a CASE over the period's daylight-saving transitions). Pure arithmetic, so it needs
 * neither the database's time-zone tables nor its session zone.
 */
final class LocalDays {

    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private LocalDays() {
    }

    static String epochDay(String column, KpiFilter filter) {
        return "floor((timestampdiff(second, '1970-01-01', " + column + ") + " + offsetSeconds(column, filter.zone(),
                filter.start(), filter.end()) + ") / 86400)";
    }

    private static String offsetSeconds(String column, ZoneId zone, Instant start, Instant end) {
        var rules = zone.getRules();
        var cases = new ArrayList<String>();
        var at = start;
        for (var next = rules.nextTransition(at); next != null && next.getInstant().isBefore(end);
             next = rules.nextTransition(next.getInstant())) {
            cases.add("when " + column + " < '" + SQL_TIME.format(next.getInstant().atZone(ZoneId.of("UTC")))
                    + "' then " + rules.getOffset(at).getTotalSeconds());
            at = next.getInstant();
        }
        var last = String.valueOf(rules.getOffset(at).getTotalSeconds());
        return cases.isEmpty() ? last : "case " + String.join(" ", cases) + " else " + last + " end";
    }

    /** The days of the period, in order. */
    static List<LocalDate> of(KpiFilter filter) {
        return filter.from().datesUntil(filter.to().plusDays(1)).toList();
    }
}
