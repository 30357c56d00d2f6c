package org.bilet.sla;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bilet.cluster.TimerTurns;
import org.bilet.people.Roles;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Looks every minute for what has fallen due: SLA warnings and breaches, snoozes run out, resolved
 * tickets to close. Everything it needs is in the tickets' rows, so a restart loses nothing and an
 * alert is never raised twice; a pass handles at most {@value #BATCH} tickets per duty and leaves
 * the rest, soonest first, to the next.
 */
@Singleton
@PermitAll
@RunAs(Roles.SYSTEM)
@RunAsPrincipal("@bilet")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlaWatch {

    static final int BATCH = 500;
    static final int ALERTS_PER_TRANSACTION = 50;

    private static final Logger LOG = Logger.getLogger(SlaWatch.class.getName());

    @EJB
    SlaDuties duties;

    @Inject
    Clock clock;

    @EJB
    TimerTurns turns;

    /** What one pass did, and how long it took. */
    public record Pass(int alerts, int woken, int closed, long millis) {
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        if (!turns.take("sla-watch", Duration.ofMinutes(1))) {
            return;
        }
        var pass = pass();
        if (pass.alerts() + pass.woken() + pass.closed() > 0) {
            LOG.fine(() -> "SLA watch: " + pass);
        }
    }

    /** One pass over everything due now. */
    public Pass pass() {
        long started = System.nanoTime();
        var now = clock.instant();
        int alerts = 0;
        int woken = 0;
        int closed = 0;
        var due = duties.due(SlaDuties.Duty.ALERT, now, BATCH);
        for (int from = 0; from < due.size(); from += ALERTS_PER_TRANSACTION) {
            var chunk = due.subList(from, Math.min(due.size(), from + ALERTS_PER_TRANSACTION));
            try {
                alerts += duties.alert(chunk);
            } catch (RuntimeException e) {
                // One ticket must not hold back the others: try them one by one.
                for (var id : chunk) {
                    alerts += attempt(() -> duties.alert(List.of(id)), 0);
                }
            }
        }
        for (var id : duties.due(SlaDuties.Duty.WAKE, now, BATCH)) {
            woken += attempt(() -> duties.wake(id) ? 1 : 0, 0);
        }
        for (var id : duties.due(SlaDuties.Duty.AUTO_CLOSE, now, BATCH)) {
            closed += attempt(() -> duties.autoClose(id) ? 1 : 0, 0);
        }
        return new Pass(alerts, woken, closed, (System.nanoTime() - started) / 1_000_000);
    }

    /** One ticket's failure (a lock timeout, a ticket changed meanwhile) is retried by the next pass. */
    private static int attempt(IntSupplier duty, int otherwise) {
        try {
            return duty.getAsInt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SLA watch: a ticket's duty failed and is retried next pass", e);
            return otherwise;
        }
    }
}
