package org.bilet.channels.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once a transaction that queued mail has committed, makes sure a sender is at work and returns:
 * whoever queued it never waits for the SMTP server, and an outage never reaches them. One sender
 * per server sends everything due over one SMTP connection ({@link MailWatch#sendDue}) and looks
 * again while more was queued meanwhile: a burst of mail costs one connection, not one each.
 * Should the hand-off itself fail (the pool refuses work), the next pass of {@link MailWatch} finds
 * the message due and sends it.
 */
@ApplicationScoped
public class MailDispatch {

    private static final Logger LOG = Logger.getLogger(MailDispatch.class.getName());

    @Resource
    ManagedExecutorService executor;

    @EJB
    MailWatch watch;

    /** Mail was queued since the sender last looked. */
    private final AtomicBoolean queuedSince = new AtomicBoolean();

    /** A sender is at work. */
    private final AtomicBoolean sending = new AtomicBoolean();

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        queuedSince.set(true);
        startSending();
    }

    private void startSending() {
        if (!sending.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(this::send);
        } catch (RuntimeException e) {
            sending.set(false);
            LOG.log(Level.WARNING, e, () -> "Queued mail waits for the next pass: " + e);
        }
    }

    private void send() {
        try {
            while (queuedSince.getAndSet(false)) {
                watch.sendDue();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Sending stopped; the next pass goes on: " + e);
        } finally {
            sending.set(false);
        }
        // Mail queued between the last look and the release would otherwise wait for the next pass.
        if (queuedSince.get()) {
            startSending();
        }
    }
}
