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
 * Once a transaction that queued mail has committed, makes sure a sender is at work on the
 * message's lane and returns: whoever queued it never waits for the SMTP server, and an outage
 * never reaches them. Messages are spread over {@value #LANES} lanes by id; one sender per lane
 * sends everything due in it over one SMTP connection ({@link MailWatch#sendDue}) and looks again
 * while more was queued meanwhile: a burst of mail costs a connection per lane, not one each, and
 * the lanes' senders wait for the database and the SMTP server side by side without ever
 * claiming one another's messages.
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

    /** Senders side by side; each waits mostly on the database's commit and the SMTP server's answer. */
    static final int LANES = 4;

    /** Per lane: mail was queued since its sender last looked. */
    private final AtomicBoolean[] queuedSince = flags();

    /** Per lane: a sender is at work. */
    private final AtomicBoolean[] sending = flags();

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        int lane = (int) Math.floorMod(queued.mailId(), (long) LANES);
        queuedSince[lane].set(true);
        startSending(lane);
    }

    private void startSending(int lane) {
        if (!sending[lane].compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> send(lane));
        } catch (RuntimeException e) {
            sending[lane].set(false);
            LOG.log(Level.WARNING, e, () -> "Queued mail waits for the next pass: " + e);
        }
    }

    private void send(int lane) {
        try {
            while (queuedSince[lane].getAndSet(false)) {
                watch.sendDue(lane, LANES);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Sending stopped; the next pass goes on: " + e);
        } finally {
            sending[lane].set(false);
        }
        // Mail queued between the last look and the release would otherwise wait for the next pass.
        if (queuedSince[lane].get()) {
            startSending(lane);
        }
    }

    private static AtomicBoolean[] flags() {
        var flags = new AtomicBoolean[LANES];
        for (int i = 0; i < LANES; i++) {
            flags[i] = new AtomicBoolean();
        }
        return flags;
    }
}
