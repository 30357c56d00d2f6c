package org.bilet.webhooks;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bilet.cluster.TimerTurns;
import org.bilet.people.Roles;
import org.bilet.platform.Settings;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Delivers webhooks as Bilet: each right after the change that queued it committed
 * ({@link WebhookDispatch}), and every 15 seconds (the first retry's wait, BILET_WEBHOOK_RETRY_SECONDS)
 * whatever is due for a retry or was queued while the server stopped. The state is in the outbox's
 * rows, so the timer is not persistent.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll
@RunAs(Roles.SYSTEM)
@RunAsPrincipal("@bilet")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookWatch {

    static final int BATCH = 200;

    private static final Logger LOG = Logger.getLogger(WebhookWatch.class.getName());

    @EJB
    WebhookSender sender;

    @Resource
    TimerService timers;

    @Inject
    Settings settings;

    @EJB
    TimerTurns turns;

    /**
     * As often as the first retry waits, so that no retry waits much longer than due; an interval
     * timer, since a schedule's period could not follow the setting.
     */
    @PostConstruct
    void schedule() {
        var every = settings.webhookRetry().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig(null, false));
    }

    @Timeout
    void sweep() {
        if (!turns.take("webhook-sweep", settings.webhookRetry())) {
            return;
        }
        for (var id : sender.due(BATCH)) {
            deliver(id);
        }
    }

    /** One delivery now, if it is due and nobody else is posting it. */
    public WebhookSender.Outcome deliver(long deliveryId) {
        try {
            return sender.deliver(deliveryId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Webhook delivery " + deliveryId + ": attempt not recorded, retried next pass: " + e);
            return WebhookSender.Outcome.NOT_DUE;
        }
    }
}
