package org.bilet.routing;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.bilet.people.Roles;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs the assignment timeout pass every minute as Bilet. Not persistent: the offers and their
 * expiry live in the database, so a missed run only means the next one finds more; on several
 * nodes the row locks keep each offer expiring once.
 */
@Singleton
@RunAs(Roles.SYSTEM)
@RunAsPrincipal("@bilet")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TimeoutTimer {

    @EJB
    AssignmentTimeouts timeouts;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void pass() {
        timeouts.expireDue();
    }
}
