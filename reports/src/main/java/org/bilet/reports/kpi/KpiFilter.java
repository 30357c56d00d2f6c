package org.bilet.reports.kpi;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.bilet.tickets.Channel;

/**
 * Which tickets a report counts: a period of whole days {@code from}–{@code to} (both included) in
 * {@code zone}, narrowed by any of team, category, priority (their keys or codes), channel,
 * requester organization (name) and agent (the assignee's username); null means all.
 */
public record KpiFilter(LocalDate from, LocalDate to, ZoneId zone, String team, String category, String priority,
                        Channel channel, String organization, String agent) implements Serializable {

    /** The longest period a report covers. */
    public static final int MAX_YEARS = 5;

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The same filter over one day. */
    public KpiFilter on(LocalDate day) {
        return new KpiFilter(day, day, zone, team, category, priority, channel, organization, agent);
    }

    public KpiFilter withAgent(String username) {
        return new KpiFilter(from, to, zone, team, category, priority, channel, organization, username);
    }
}
