package org.bilet.webhooks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.bilet.people.Roles;
import org.bilet.platform.Backoff;
import org.bilet.platform.SecretBox;
import org.bilet.platform.Settings;

/**
 * One attempt at one delivery, in a transaction of its own that claims the row with a locking read
 * that skips a row another sender holds ({@code FOR UPDATE SKIP LOCKED}): two threads, passes or
 * nodes never post one delivery at once. The outcome is written in the same transaction. As with
 * mail, a server that dies between the receiver's 2xx and the commit posts the delivery again later,
 * with the same delivery id, which receivers use to drop the repeat.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());

    private static final String CLAIM = """
            select id from webhook_delivery
            where id = ?1 and state = 'QUEUED' and next_attempt_at <= ?2
            for update skip locked""";

    public enum Outcome { SENT, WILL_RETRY, GAVE_UP, NOT_DUE }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WebhookTransport transport;

    @Inject
    SecretBox secrets;

    @Inject
    Settings settings;

    /**
     * 15 s, 30 s, 1, 2, 4 … 32 minutes, then an hour: ten attempts over about two hours. The first
     * wait is a setting so that the tests' server retries within a second or two.
     */
    private Backoff backoff() {
        return new Backoff(settings.webhookRetry(), Duration.ofHours(1), 10);
    }

    public List<Long> due(int limit) {
        return em.createNamedQuery(WebhookDelivery.DUE, Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome deliver(long deliveryId) {
        var claimed = em.createNativeQuery(CLAIM)
                .setParameter(1, deliveryId)
                .setParameter(2, clock.instant())
                .getResultList();
        if (claimed.isEmpty()) {
            return Outcome.NOT_DUE;
        }
        var delivery = em.find(WebhookDelivery.class, deliveryId);
        var hook = delivery.webhook();
        if (!hook.active()) {
            delivery.abandon(clock.instant(), "The webhook was switched off before this was delivered.");
            return Outcome.GAVE_UP;
        }
        var now = clock.instant();
        try {
            var status = transport.post(hook.url(), delivery.event(), delivery.deliveryKey(), Webhook.sign(delivery.body(), secrets.open(hook.sealedSecret())),
                    now, delivery.body());
            if (status >= 200 && status < 300) {
                delivery.delivered(now, status);
                return Outcome.SENT;
            }
            delivery.attemptFailed(now, status, "The receiver answered " + status + ".", backoff());
        } catch (IOException | RuntimeException e) {
            delivery.attemptFailed(now, null, describe(e), backoff());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            delivery.attemptFailed(now, null, "Interrupted while waiting for the receiver.", backoff());
        }
        LOG.fine(() -> "Webhook " + hook.id() + " delivery " + delivery.deliveryKey() + " failed: " + delivery.lastError());
        return delivery.state() == DeliveryState.FAILED ? Outcome.GAVE_UP : Outcome.WILL_RETRY;
    }

    /** The error and its causes in one line, as the delivery log keeps it. */
    static String describe(Throwable error) {
        var text = new StringBuilder();
        for (var cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage().replaceAll("[\\r\\n]+", " "));
            }
        }
        return text.toString();
    }
}
