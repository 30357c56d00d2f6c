package org.bilet.signin;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.bilet.audit.AuditEntry;
import org.bilet.audit.AuditKind;
import org.bilet.people.User;
import org.bilet.platform.Settings;
import org.bilet.signin.SignInFailure.Kind;
import org.bilet.tickets.Actors;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * Asked around every password sign-in (the form and HTTP Basic), before anyone is authenticated:
 * whether the account or the address must wait, and what a failure or a success changes. A failure
 * costs one upsert of both counts and one read of them back; a check is one read by the unique key.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SignInGuard {

    /**
     * Both counts in one statement. MariaDB assigns ON DUPLICATE KEY UPDATE from left to right, each
     * assignment seeing the ones before it: {@code failures} restarts at 1 when its window or its
     * lockout is over, then the window and the lockout follow from the new count.
     */
    private static final String UPSERT = "insert into sign_in_failure"
            + " (kind, subject, failures, window_started_at, last_failed_at, locked_until) values %s"
            + " on duplicate key update"
            + " failures = if(window_started_at < :windowStart or locked_until <= :now, 1, failures + 1),"
            + " window_started_at = if(failures = 1, :now, window_started_at),"
            + " last_failed_at = :now,"
            + " locked_until = if(failures >= if(kind = 'ACCOUNT', :accountLimit, :addressLimit), :lockedUntil,"
            + "     if(locked_until <= :now, null, locked_until))";
    private static final String ACCOUNT_ROW = "('ACCOUNT', :username, 1, :now, :now, if(:accountLimit <= 1, :lockedUntil, null))";
    private static final String ADDRESS_ROW = "('ADDRESS', :address, 1, :now, :now, if(:addressLimit <= 1, :lockedUntil, null))";

    /** What is known of an attempt before its password is looked at. */
    public record Standing(Optional<SignInRefusal> refusal, boolean accountHasFailures) {
    }

    @Inject
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    Event<SignInLocked> lockouts;

    /** Whether the attempt is refused outright, and whether a success would have a count to clear. */
    public Standing check(String username, String address) {
        var now = clock.instant();
        var limits = settings.signInLimits();
        var counts = countsOf(username, address);
        return new Standing(latest(counts.stream().map(c -> limits.refusedUntil(c.count(), now))),
                counts.stream().anyMatch(c -> c.kind() == Kind.ACCOUNT));
    }

    /**
     * Counts a failed password for the account and the address; the refusal the next attempt meets,
     * if any. The failure that locks an account or an address is written to the audit log.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<SignInRefusal> failed(String username, String address) {
        var now = clock.instant();
        var limits = settings.signInLimits();
        var lockedUntil = now.plus(limits.lockFor());
        var rows = address == null ? ACCOUNT_ROW : ACCOUNT_ROW + ", " + ADDRESS_ROW;
        var upsert = em.createNativeQuery(UPSERT.formatted(rows))
                .setParameter("username", SignInFailure.subjectOf(username))
                .setParameter("now", now)
                .setParameter("windowStart", now.minus(limits.window()))
                .setParameter("accountLimit", limits.accountLockAfter())
                .setParameter("addressLimit", limits.addressLockAfter())
                .setParameter("lockedUntil", lockedUntil);
        if (address != null) {
            upsert.setParameter("address", SignInFailure.subjectOf(address));
        }
        // Only this table changed: without saying so, Hibernate would empty every cache region.
        upsert.unwrap(NativeQuery.class).addSynchronizedEntityClass(SignInFailure.class);
        upsert.executeUpdate();
        var counts = countsOf(username, address);
        counts.stream().filter(c -> justLocked(c.count(), limits)).forEach(c -> audit(c, address, now));
        return latest(counts.stream().map(c -> limits.refusedUntil(c.count(), now)));
    }

    /** A successful sign-in clears its account's count; the address's stays (see {@link SignInLimits}). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void succeeded(String username) {
        em.createQuery("delete from SignInFailure f where f.kind = :kind and f.subject = :username")
                .setParameter("kind", Kind.ACCOUNT)
                .setParameter("username", SignInFailure.subjectOf(username))
                .executeUpdate();
    }

    private List<SignInFailure> countsOf(String username, String address) {
        return em.createNamedQuery(SignInFailure.OF_ATTEMPT, SignInFailure.class)
                .setParameter("account", Kind.ACCOUNT)
                .setParameter("username", SignInFailure.subjectOf(username))
                .setParameter("address", Kind.ADDRESS)
                .setParameter("from", address == null ? "" : SignInFailure.subjectOf(address))
                .getResultList();
    }

    private static boolean justLocked(SignInLimits.Count count, SignInLimits limits) {
        return count.lockedUntil() != null && count.failures() == limits.lockAfter(count.kind());
    }

    private void audit(SignInFailure locked, String address, Instant now) {
        var bilet = em.unwrap(Session.class).bySimpleNaturalId(User.class).load(Actors.SYSTEM_USERNAME);
        var count = locked.count();
        em.persist(new AuditEntry(now, bilet, address, AuditKind.SIGN_IN_LOCKED,
                Lockouts.subjectOf(locked), count.failures() + " failed sign-ins since " + count.windowStartedAt()
                        + "; refused until " + count.lockedUntil()));
        lockouts.fire(new SignInLocked(locked.kind()));
    }

    private static Optional<SignInRefusal> latest(Stream<Optional<Instant>> untils) {
        return untils.flatMap(Optional::stream).max(Comparator.naturalOrder()).map(SignInRefusal::new);
    }
}
