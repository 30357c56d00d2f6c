package org.bilet.reports.kpi;

import static org.bilet.reports.kpi.KpiSql.asLong;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.bilet.people.Roles;

/** The tickets behind a figure of the report, newest first and paged in the database: the dashboard's drill-down. */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class KpiTickets {

    public static final int MAX_PAGE = 100;

    /** One ticket of the list, as a manager scans it. */
    public record Row(String number, String subject, String status, String priority, String assignee, Instant createdAt,
                      Instant resolvedAt) implements Serializable {
    }

    public record Page(long total, List<Row> rows) implements Serializable {
    }

    @Inject
    EntityManager em;

    public Page behind(KpiFilter filter, KpiFigure figure, int first, int size) {
        return behind(filter, figure, null, first, size);
    }

    /**
     * The tickets behind a bar or a row: the figure narrowed by one dimension's value or one day (null: the whole figure).
     * Refuses what {@link Kpis#report} refuses, and an unknown key naming {@code key} (a day outside the period: {@code day}).
     */
    public Page behind(KpiFilter filter, KpiFigure figure, KpiNarrowing narrowing, int first, int size) {
        var dictionary = new Dictionary(em);
        var sql = new KpiSql(em, TicketScope.of(filter, dictionary).narrowedTo(narrowing, dictionary), dictionary);
        var total = sql.count("select count(*) from ticket_fact t where " + figure.condition + " {scope}");
        var rows = sql.rows("select k.number, k.subject, k.status, t.priority_id, u.username, t.created_at, t.resolved_at"
                        + " from ticket_fact t join ticket k on k.id = t.ticket_id left join app_user u on u.id = t.assignee_id"
                        + " where " + figure.condition + " {scope}"
                        + " order by " + figure.newestFirst + " desc, t.ticket_id desc limit " + Math.max(1, Math.min(size, MAX_PAGE))
                        + " offset " + Math.max(0, first)).stream()
                .map(r -> new Row((String) r[0], (String) r[1], (String) r[2], dictionary.priority(KpiSql.asId(r[3])).name(),
                        (String) r[4], KpiSql.asInstant(r[5]), KpiSql.asInstant(r[6])))
                .toList();
        return new Page(asLong(total), rows);
    }
}
