package org.bilet.webhooks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.bilet.people.Roles;
import org.bilet.platform.ConflictException;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.Page;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.platform.SecretBox;
import org.bilet.platform.StaleVersionException;

/**
 * The administrators' webhooks: register, change, switch off and remove them, read each hook's
 * delivery log, newest first, paged in the database, and send again a delivery Bilet gave up on. A removed hook takes its log with it.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Webhooks {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SecretBox secrets;

    @Inject
    Event<WebhookQueued> queued;

    public List<WebhookInfo> list() {
        return em.createNamedQuery(Webhook.ALL, Webhook.class).getResultStream().map(WebhookInfo::of).toList();
    }

    public WebhookInfo find(long id) {
        return WebhookInfo.of(hook(id));
    }

    public WebhookInfo create(@NotNull WebhookDefinition definition) {
        var checked = WebhookCheck.check(definition, true);
        var hook = new Webhook(checked, secrets.seal(checked.secret()), clock.instant());
        em.persist(hook);
        em.flush();
        return WebhookInfo.of(hook);
    }

    /** Replaces the hook's definition if it is still at {@code expectedVersion}; no secret keeps the old one. */
    public WebhookInfo change(long id, long expectedVersion, @NotNull WebhookDefinition definition) {
        var hook = hook(id);
        if (hook.version() != expectedVersion) {
            throw new StaleVersionException("Webhook " + id + " was changed by someone else; reload it and try again.",
                    hook.version());
        }
        var checked = WebhookCheck.check(definition, false);
        hook.change(checked, checked.secret() == null ? null : secrets.seal(checked.secret()));
        em.flush();
        return WebhookInfo.of(hook);
    }

    public void delete(long id) {
        em.remove(hook(id));
    }

    /** The hook's deliveries, newest first, with every attempt: two queries for the page. */
    public Page<WebhookDeliveryInfo> deliveries(long id,
                                                @Min(value = 0, message = "Pages start at 0.") int page,
                                                @Min(value = 1, message = "A page has at least 1 item.")
                                                @Max(value = Page.MAX_SIZE, message = "A page has at most {value} items.") int size) {
        hook(id);
        if ((long) page * size > Integer.MAX_VALUE) {
            throw InvalidInputException.of("page", "There is no page " + page + ".");
        }
        var rows = em.createNamedQuery(WebhookDelivery.OF_HOOK, WebhookDelivery.class)
                .setParameter("hook", id)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        var total = em.createNamedQuery(WebhookDelivery.COUNT_OF_HOOK, Long.class).setParameter("hook", id).getSingleResult();
        var attempts = new HashMap<Long, List<WebhookDeliveryInfo.AttemptInfo>>();
        if (!rows.isEmpty()) {
            for (var row : em.createNamedQuery(WebhookDelivery.ATTEMPTS_OF, Tuple.class)
                    .setParameter("ids", rows.stream().map(WebhookDelivery::id).toList()).getResultList()) {
                attempts.computeIfAbsent(row.get(0, Long.class), k -> new ArrayList<>()).add(new WebhookDeliveryInfo.AttemptInfo(
                        row.get(1, Instant.class), row.get(2, Integer.class), row.get(3, String.class)));
            }
        }
        var items = rows.stream().map(d -> info(d, attempts.getOrDefault(d.id(), List.of()))).toList();
        return new Page<>(items, total, page, size);
    }

    /**
     * Sends again a delivery of the hook that Bilet gave up on (FAILED), due now with the whole
     * backoff again; any other state is a 409, as is a hook switched off (it would be given up at once).
     */
    public WebhookDeliveryInfo retry(long id, long deliveryId) {
        var hook = hook(id);
        var delivery = em.find(WebhookDelivery.class, deliveryId);
        if (delivery == null || !delivery.webhook().equals(hook)) {
            throw new ResourceNotFoundException("Webhook " + id + " has no delivery " + deliveryId + ".");
        }
        if (!hook.active()) {
            throw new ConflictException("The webhook is switched off; switch it on before sending its deliveries again.");
        }
        delivery.retry(clock.instant());
        queued.fire(new WebhookQueued(List.of(delivery.id())));
        return info(delivery, delivery.attemptLog().stream()
                .map(a -> new WebhookDeliveryInfo.AttemptInfo(a.attemptedAt(), a.statusCode(), a.error())).toList());
    }

    private static WebhookDeliveryInfo info(WebhookDelivery d, List<WebhookDeliveryInfo.AttemptInfo> attempts) {
        return new WebhookDeliveryInfo(d.id(), d.deliveryKey(), d.event().apiName(), d.ticketNumber(), d.state(), d.attempts(),
                d.nextAttemptAt(), d.lastStatus(), d.lastError(), d.createdAt(), d.sentAt(), attempts);
    }

    private Webhook hook(long id) {
        var hook = em.find(Webhook.class, id);
        if (hook == null) {
            throw new ResourceNotFoundException("There is no webhook " + id + ".");
        }
        return hook;
    }
}
