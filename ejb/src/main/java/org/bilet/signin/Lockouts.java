package org.bilet.signin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.bilet.audit.AuditKind;
import org.bilet.audit.AuditTrail;
import org.bilet.people.Roles;
import org.bilet.platform.ResourceNotFoundException;

/** The accounts and addresses locked out now, for administrators, who may lift a lockout early. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Lockouts {

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<LockoutInfo> current() {
        return em.createNamedQuery(SignInFailure.LOCKED, SignInFailure.class)
                .setParameter("now", clock.instant())
                .getResultStream().map(LockoutInfo::of).toList();
    }

    /** Ends the lockout and forgets its count, so the next attempt is as good as a first one. */
    public void lift(long id) {
        var failure = em.find(SignInFailure.class, id);
        if (failure == null || !LockoutInfo.of(failure).lockedUntil().isAfter(clock.instant())) {
            throw new ResourceNotFoundException("There is no lockout " + id + ".");
        }
        em.remove(failure);
        audit.record(AuditKind.LOCKOUT_LIFTED, subjectOf(failure), "lifted before " + failure.count().lockedUntil());
    }

    /** How the audit log names what was locked: "account alice", "address 192.0.2.7". */
    static String subjectOf(SignInFailure failure) {
        return failure.kind().name().toLowerCase() + " " + failure.subject();
    }
}
