package org.bilet.reports.kpi;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
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

    @Resource
    ManagedExecutorService executor;

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
        // A year is half a million rows per pass over the facts: the volume's passes run beside the
        // others, on a connection of their own, so that a long period uses two of the database's cores.
        // Whoever starts them first computes them: if the executor is busy (it also sends the mail),
        // this thread does, instead of waiting for a free one.
        var volumeTaken = new AtomicBoolean();
        var volumeAside = executor.supplyAsync(() -> volumeTaken.getAndSet(true) ? null : VolumeQuery.of(sql));
        var firstResponses = FirstResponses.of(sql);
        var resolutions = Resolutions.of(sql);
        var basis = firstResponses.allClocked() && resolutions.allClocked() ? TimeBasis.BUSINESS_HOURS : TimeBasis.WALL_CLOCK;
        var firstResponseTimes = DurationQuery.FIRST_RESPONSE.of(sql, basis);
        var resolutionTimes = DurationQuery.RESOLUTION.of(sql, basis);
        var csat = CsatQuery.of(sql);
        var agents = AgentQuery.of(sql, resolutions, firstResponseTimes, resolutionTimes);
        var topTags = QualityQuery.topTags(sql);
        var volume = volumeTaken.getAndSet(true) ? joined(volumeAside) : VolumeQuery.of(sql);
        var empty = VolumeQuery.nothingHappened(volume) && csat.answers() == 0 && csat.sent() == 0;
        return new KpiReport(filter, clock.instant(), basis, empty, volume, firstResponseTimes.all(), resolutionTimes.all(),
                SlaQuery.of(firstResponses, resolutions, dictionary), QualityQuery.of(resolutions), agents,
                AgentQuery.best(agents), AgentQuery.worst(agents), QualityQuery.recurring(volume, topTags), csat,
                dictionary.names(filter));
    }

    /** What a part computed aside, or the exception it failed with as the caller's own. */
    private static <T> T joined(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
