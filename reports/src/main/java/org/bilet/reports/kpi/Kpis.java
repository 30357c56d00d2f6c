package org.bilet.reports.kpi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.bilet.people.Roles;
import org.bilet.reports.kpi.KpiReport.TimeBasis;

/**
 * The one place every KPI is computed (definitions in {@code docs/kpi.md}): the API, the dashboard
 * and the reports all ask here, so they never disagree. Managers and administrators only: the
 * figures cover every team (and Bilet itself, for scheduled deliveries). Reads only; one grouped
 * query per figure, each over an index range.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.SYSTEM})
public class Kpis {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Refuses, naming it, what {@link #report} would refuse in the filter's dimensions (its dates may be null). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void checkDimensions(KpiFilter filter) {
        var anyPeriod = new KpiFilter(java.time.LocalDate.EPOCH, java.time.LocalDate.EPOCH, filter.zone(), filter.team(),
                filter.category(), filter.priority(), filter.channel(), filter.organization(), filter.agent());
        TicketScope.of(anyPeriod, new Dictionary(em));
    }

    /** Every KPI for the filter; refuses an unknown team, category, priority, organization or agent, and a bad period, naming it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public KpiReport report(KpiFilter filter) {
        var dictionary = new Dictionary(em);
        var sql = new KpiSql(em, TicketScope.of(filter, dictionary), dictionary);
        var basis = DurationQuery.FIRST_RESPONSE.clocked(sql) && DurationQuery.RESOLUTION.clocked(sql)
                ? TimeBasis.BUSINESS_HOURS : TimeBasis.WALL_CLOCK;
        var volume = VolumeQuery.of(sql);
        var csat = CsatQuery.of(sql);
        var agents = AgentQuery.of(sql, basis);
        var empty = VolumeQuery.nothingHappened(volume) && csat.answers() == 0 && csat.sent() == 0;
        return new KpiReport(filter, clock.instant(), basis, empty, volume,
                DurationQuery.FIRST_RESPONSE.of(sql, basis), DurationQuery.RESOLUTION.of(sql, basis),
                SlaQuery.of(sql), QualityQuery.of(sql), agents, AgentQuery.best(agents), AgentQuery.worst(agents),
                QualityQuery.recurring(sql, volume), csat, dictionary.names(filter));
    }
}
