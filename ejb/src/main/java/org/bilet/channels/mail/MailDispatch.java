package org.bilet.channels.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once the transaction that queued a message has committed, hands it to a sender thread and
 * returns: whoever queued it never waits for the SMTP server, and an outage never reaches them.
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

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        try {
            executor.execute(() -> watch.deliver(queued.mailId()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Mail " + queued.mailId() + " waits for the next pass: " + e);
        }
    }
}
