package org.bilet.reports.delivery;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bilet.cluster.TimerTurns;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Looks every minute for subscriptions whose period has ended and delivers them, oldest first;
 * a subscription that missed several periods (the server was down) gets each in turn. Everything it
 * needs is in the subscriptions' rows, so a restart loses nothing.
 */
@Singleton
@PermitAll
@RunAs(Roles.SYSTEM)
@RunAsPrincipal("@bilet")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportWatch {

    /** At most this many periods per pass, so a long catch-up is spread over passes. */
    static final int BATCH = 50;

    private static final Logger LOG = Logger.getLogger(ReportWatch.class.getName());

    @EJB
    ReportDispatch dispatch;

    @Inject
    Clock clock;

    @EJB
    TimerTurns turns;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        if (!turns.take("report-watch", Duration.ofMinutes(1))) {
            return;
        }
        int delivered = pass();
        if (delivered > 0) {
            LOG.fine(() -> "Report watch: " + delivered + " periods delivered");
        }
    }

    /** One pass: the periods delivered (or given up on). */
    public int pass() {
        int delivered = 0;
        for (var id : dispatch.due(clock.instant(), BATCH)) {
            while (delivered < BATCH && deliverOne(id)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliverOne(long id) {
        try {
            return dispatch.deliver(id);
        } catch (InvalidInputException refused) {
            dispatch.giveUp(id, refused.getMessage());
            return true;
        } catch (RuntimeException e) {
            var cause = rootInvalidInput(e);
            if (cause != null) {
                dispatch.giveUp(id, cause.getMessage());
                return true;
            }
            // A lock timeout or a failed render is tried again by the next pass.
            LOG.log(Level.WARNING, "Report watch: subscription " + id + " is retried next pass", e);
            return false;
        }
    }

    private static InvalidInputException rootInvalidInput(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return invalid;
            }
        }
        return null;
    }
}
