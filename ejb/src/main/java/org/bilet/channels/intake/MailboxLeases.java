package org.bilet.channels.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bilet.people.Roles;
import org.bilet.platform.SecretBox;

/**
 * Who polls a mailbox now: a poll takes the mailbox's lease (one conditional update, so one node
 * wins) and gives it back with how it went. A node that dies holding one only delays the mailbox
 * until the lease runs out. Bulk updates: polling does not move the version administrators edit at.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailboxLeases {

    static final Duration LEASE = Duration.ofMinutes(10);

    /** How to reach a mailbox, with its password opened, for the one poll that holds its lease. */
    public record Access(long id, String address, String host, int port, String username, String password, String folder, boolean ssl) {
        @Override
        public String toString() {
            return username + "@" + host + ":" + port + "/" + folder;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    SecretBox secrets;

    @Inject
    Clock clock;

    /** The active mailboxes whose next poll is due. */
    public List<Long> due() {
        var now = clock.instant();
        return em.createNamedQuery(Mailbox.ALL, Mailbox.class).getResultStream()
                .filter(mailbox -> mailbox.dueAt(now)).map(Mailbox::id).toList();
    }

    /** The active mailboxes that want IMAP IDLE, each with the version of its settings. */
    public Map<Long, Long> listenable() {
        return em.createQuery("select m.id, m.version from Mailbox m where m.active = true and m.idle = true", Object[].class)
                .getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** How to reach a mailbox, for a connection that only listens: no lease, since it reads nothing. */
    public Optional<Access> access(long id) {
        return Optional.ofNullable(em.find(Mailbox.class, id)).map(this::access);
    }

    /** Whether a poll holds the mailbox's lease now. */
    public boolean held(long id) {
        return em.createQuery("select count(m) from Mailbox m where m.id = :id and m.active = true and m.leasedUntil >= :now", Long.class)
                .setParameter("id", id).setParameter("now", clock.instant()).getSingleResult() > 0;
    }

    /** The lease of an active mailbox that no other poll holds; {@code whenDue}: only once its interval is over. */
    public Optional<Access> take(long id, boolean whenDue) {
        var now = clock.instant();
        var mailbox = em.find(Mailbox.class, id);
        if (mailbox == null || (whenDue && !mailbox.dueAt(now))) {
            return Optional.empty();
        }
        int taken = em.createQuery("""
                        update Mailbox m set m.leasedUntil = :until
                        where m.id = :id and m.active = true and (m.leasedUntil is null or m.leasedUntil < :now)""")
                .setParameter("until", now.plus(LEASE)).setParameter("id", id).setParameter("now", now).executeUpdate();
        if (taken == 0) {
            return Optional.empty();
        }
        return Optional.of(access(mailbox));
    }

    private Access access(Mailbox mailbox) {
        return new Access(mailbox.id(), mailbox.address(), mailbox.host(), mailbox.port(), mailbox.username(),
                secrets.open(mailbox.sealedPassword()), mailbox.folder(), mailbox.ssl());
    }

    /** Gives the lease back, with how the poll went (null error: well). */
    public void release(long id, String error) {
        em.createQuery("update Mailbox m set m.leasedUntil = null, m.lastPolledAt = :now, m.lastError = :error where m.id = :id")
                .setParameter("now", clock.instant())
                .setParameter("error", error == null ? null : MailText.clip(error, 1000))
                .setParameter("id", id).executeUpdate();
    }
}
