package org.bilet.webhooks;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once the change that queued deliveries has committed, hands them to a sender thread and returns:
 * the person who changed the ticket never waits for a receiver. If the hand-off fails, the next
 * sweep of {@link WebhookWatch} finds the deliveries due.
 */
@ApplicationScoped
public class WebhookDispatch {

    private static final Logger LOG = Logger.getLogger(WebhookDispatch.class.getName());

    @Resource
    ManagedExecutorService executor;

    @EJB
    WebhookWatch watch;

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookQueued queued) {
        try {
            executor.execute(() -> queued.deliveryIds().forEach(watch::deliver));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Webhook deliveries " + queued.deliveryIds() + " wait for the next sweep: " + e);
        }
    }
}
