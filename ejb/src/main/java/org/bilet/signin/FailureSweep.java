package org.bilet.signin;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.bilet.platform.Settings;

/**
 * Forgets counts that no longer matter (window over, no lockout), so that usernames sprayed by an
 * attacker do not pile up. Each node sweeps; the delete is the same on all of them.
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

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    void sweep() {
        var now = clock.instant();
        em.createQuery("delete from SignInFailure f where f.windowStartedAt < :windowStart"
                        + " and (f.lockedUntil is null or f.lockedUntil <= :now)")
                .setParameter("windowStart", now.minus(settings.signInLimits().window()))
                .setParameter("now", now)
                .executeUpdate();
    }
}
