package org.bilet.automation;

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
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bilet.cluster.TimerTurns;
import org.bilet.people.Roles;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs the time-based rules every minute, as Bilet. Each rule looks at up to {@value #BATCH} due
 * tickets a pass; a ticket whose conditions do not hold stays due, so each rule goes on from the
 * last ticket it looked at, and starts over once it reached the end, so none is starved. Not
 * persistent: what is due is in the tables, and a pass after a restart finds it.
 */
@Singleton
@PermitAll
@RunAs(Roles.SYSTEM)
@RunAsPrincipal("@bilet")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TimedRules {

    static final int BATCH = 500;

    private static final Logger LOG = Logger.getLogger(TimedRules.class.getName());

    @EJB
    TimedRuleDuties duties;

    @Inject
    Clock clock;

    @EJB
    TimerTurns turns;

    /** Per rule id, the last ticket looked at; in memory, since starting over costs only one more look. */
    private final Map<Long, TimedRuleDuties.Seen> resumeAfter = new HashMap<>();

    /** What one pass did. */
    public record Pass(int looked, int fired, long millis) {
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        if (!turns.take("timed-rules", Duration.ofMinutes(1))) {
            return;
        }
        var pass = pass();
        if (pass.fired() > 0) {
            LOG.fine(() -> "Time-based rules: " + pass);
        }
    }

    /** One pass of every time-based rule over what is due now. */
    public Pass pass() {
        long started = System.nanoTime();
        var now = clock.instant();
        int looked = 0;
        int fired = 0;
        for (var rule : duties.timedRules()) {
            var due = duties.due(rule, now, resumeAfter.getOrDefault(rule.id(), TimedRuleDuties.Seen.START), BATCH);
            resumeAfter.put(rule.id(), due.size() < BATCH ? TimedRuleDuties.Seen.START : due.get(due.size() - 1));
            for (var ticket : due) {
                looked++;
                try {
                    fired += duties.fire(rule.id(), ticket.id()) ? 1 : 0;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Time-based rule " + rule.key() + " failed on a ticket and is tried again next pass", e);
                }
            }
        }
        return new Pass(looked, fired, (System.nanoTime() - started) / 1_000_000);
    }
}
