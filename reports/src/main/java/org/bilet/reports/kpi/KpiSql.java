package org.bilet.reports.kpi;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs the KPIs' native queries for one scope: {@code {scope}} in a query's text becomes the
 * filter's conditions on {@code t}, and {@code :start}, {@code :end} and the dimensions are bound.
 * A query about other rows (messages, surveys, tags) names {@code {scope-join x.ticket_id}} where
 * it joins {@code ticket_fact t} only for the filter: without one the join is left out.
 * Native because the figures need what JPQL lacks (arithmetic on dates, grouping by a computed
 * minute or day); every query reads a range of a covering index on the time column it is about.
 */
final class KpiSql {

    private static final Pattern SCOPE_JOIN = Pattern.compile("\\{scope-join ([\\w.]+)}");

    private final EntityManager em;
    private final TicketScope scope;
    private final Dictionary dictionary;

    KpiSql(EntityManager em, TicketScope scope, Dictionary dictionary) {
        this.em = em;
        this.scope = scope;
        this.dictionary = dictionary;
    }

    KpiFilter filter() {
        return scope.filter();
    }

    Dictionary dictionary() {
        return dictionary;
    }

    /** The local day of a column as an epoch day (see {@link LocalDays}). */
    String day(String column) {
        return LocalDays.epochDay(column, scope.filter());
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(String sql) {
        return query(sql).getResultList();
    }

    Object[] row(String sql) {
        var rows = rows(sql);
        return rows.isEmpty() ? null : rows.get(0);
    }

    long count(String sql) {
        return asLong(query(sql).getSingleResult());
    }

    private Query query(String sql) {
        var join = SCOPE_JOIN.matcher(sql).replaceAll(scope.conditions().isEmpty() ? "" : "join ticket_fact t on t.ticket_id = $1");
        return scope.bind(em.createNativeQuery(join.replace("{scope}", scope.conditions())));
    }

    static long asLong(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static Long asId(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static Double asDouble(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** A UTC {@code datetime} as the driver hands it over (the wall time it stored), or null. */
    static Instant asInstant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    /** part / whole, or null when there is no whole. */
    static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
