package org.bilet.routing;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import org.bilet.cluster.TimerTurns;
import org.bilet.people.Roles;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs the assignment timeout pass every minute as Bilet. Not persistent: the offers and their
 * expiry live in the database, so a missed run only means the next one finds more; on several
 * nodes one of them takes each minute's turn ({@link TimerTurns}), and the row locks keep each
 * offer expiring once should two passes overlap.
 */
@Singleton
@RunAs(Roles.SYSTEM)
@RunAsPrincipal("@bilet")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TimeoutTimer {

    @EJB
    AssignmentTimeouts timeouts;

    @EJB
    TimerTurns turns;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void pass() {
        if (turns.take("assignment-timeouts", Duration.ofMinutes(1))) {
            timeouts.expireDue();
        }
    }
}
