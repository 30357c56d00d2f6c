package org.bilet.signin;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import org.bilet.cluster.TimerTurns;
import org.bilet.platform.Settings;

/**
 * Forgets counts that no longer matter (window over, no lockout), so that usernames sprayed by an
 * attacker do not pile up. One node of a cluster sweeps each quarter hour (its turn); the delete
 * would be the same on any of them.
 */
@Singleton
@PermitAll
public class FailureSweep {

    @Inject
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @EJB
    TimerTurns turns;

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    void sweep() {
        if (!turns.take("sign-in-failure-sweep", Duration.ofMinutes(15))) {
            return;
        }
        var now = clock.instant();
        em.createQuery("delete from SignInFailure f where f.windowStartedAt < :windowStart"
                        + " and (f.lockedUntil is null or f.lockedUntil <= :now)")
                .setParameter("windowStart", now.minus(settings.signInLimits().window()))
                .setParameter("now", now)
                .executeUpdate();
    }
}
