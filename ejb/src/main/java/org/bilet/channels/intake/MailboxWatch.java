package org.bilet.channels.intake;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bilet.cluster.TimerTurns;
import org.bilet.people.Roles;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Every ten seconds, polls the mailboxes whose interval is over, and brings the IMAP IDLE
 * listeners in line with the mailboxes ({@link MailboxListeners}), which read new mail as it
 * arrives. What a poll needs is in the mailbox rows and the mailboxes themselves, so the timer is
 * not persistent: a restart loses nothing, and the leases keep two nodes (or a pass, a listener and
 * an administrator's "check now") from reading one mailbox at once.
 */
@Singleton
@PermitAll
@RunAs(Roles.SYSTEM)
@RunAsPrincipal("@bilet")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailboxWatch {

    /** Renewed every ten seconds; a node that stops renewing hands the listeners on after this. */
    static final Duration LISTENERS_HOLD = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(MailboxWatch.class.getName());

    @EJB
    MailboxLeases leases;

    @EJB
    MailboxPoller poller;

    @EJB
    MailboxListeners listeners;

    @EJB
    TimerTurns turns;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void everyTenSeconds() {
        try {
            // One node of a cluster listens; another takes over once it stops renewing its hold.
            if (turns.hold("mailbox-listeners", LISTENERS_HOLD)) {
                listeners.keep();
            } else {
                listeners.release();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Starting or stopping the mailboxes' IDLE listeners failed; polling goes on", e);
        }
        if (!turns.take("mailbox-polls", Duration.ofSeconds(10))) {
            return;
        }
        for (var id : leases.due()) {
            var poll = poller.poll(id, true);
            if (poll.read() > 0 || poll.error() != null) {
                LOG.fine(() -> "Mailbox " + id + ": " + poll);
            }
        }
    }
}
