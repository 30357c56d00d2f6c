package org.bilet.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.bilet.tickets.Channel;
import org.bilet.tickets.Message;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.events.AttachmentAdded;
import org.bilet.tickets.events.ChangesSaved;
import org.bilet.tickets.events.ContactLogged;
import org.bilet.tickets.events.FieldChanged;
import org.bilet.tickets.events.MessagePosted;
import org.bilet.tickets.events.StatusMoved;
import org.bilet.tickets.events.TicketChange;
import org.bilet.tickets.events.TicketOpened;
import org.hibernate.jpa.HibernateHints;

/**
 * Writes the deliveries of a ticket change into the outbox, in the change's transaction (so a
 * change that rolls back tells no one, and one that commits is never forgotten), once per unit of
 * work ({@link ChangesSaved}): CREATED for a new ticket (its opening fields are part of it), STATUS
 * for each move, MESSAGE for each message, UPDATED once for the other changes. Internal notes, files
 * of internal notes and internal calls or chats reach only the hooks that include internal ones.
 * History imported from another help desk tells no one.
 */
@ApplicationScoped
public class WebhookOutbox {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<WebhookQueued> queued;

    void saved(@Observes ChangesSaved saved) {
        if (saved.imported()) {
            return;
        }
        // Read on every change of every ticket, changed by administrators now and then: from the query cache.
        var hooks = em.createNamedQuery(Webhook.ACTIVE, Webhook.class).setHint(HibernateHints.HINT_CACHEABLE, true).getResultList();
        if (hooks.isEmpty()) {
            return;
        }
        var ticket = em.find(Ticket.class, saved.ticket().id());
        var ids = new ArrayList<Long>();
        for (var hook : hooks) {
            for (var payload : payloads(saved.changes(), ticket, hook)) {
                var delivery = new WebhookDelivery(hook, payload.key(), payload.event(), ticket.number().value(),
                        payload.body(), clock.instant());
                em.persist(delivery);
                ids.add(delivery.id());
            }
        }
        if (!ids.isEmpty()) {
            queued.fire(new WebhookQueued(ids));
        }
    }

    private record Payload(String key, WebhookEvent event, String body) {
    }

    private List<Payload> payloads(List<TicketChange> changes, Ticket ticket, Webhook hook) {
        var payloads = new ArrayList<Payload>();
        var opened = changes.stream().anyMatch(TicketOpened.class::isInstance);
        var updates = new ArrayList<WebhookPayload.Change>();
        TicketChange lastUpdate = null;
        for (var change : changes) {
            if (change instanceof TicketOpened) {
                if (hook.wants(WebhookEvent.CREATED, false)) {
                    payloads.add(payload(WebhookEvent.CREATED, change, ticket, p -> p));
                }
            } else if (change instanceof StatusMoved s) {
                if (!opened && hook.wants(WebhookEvent.STATUS, false)) {
                    payloads.add(payload(WebhookEvent.STATUS, change, ticket, p -> p.status(s.from().name(), s.to().name())));
                }
            } else if (change instanceof MessagePosted m) {
                if (hook.wants(WebhookEvent.MESSAGE, m.internal())) {
                    var message = em.find(Message.class, m.messageId());
                    payloads.add(payload(WebhookEvent.MESSAGE, change, ticket, p -> p.message(new WebhookPayload.MessageFacts(
                            message.id(), message.author().username(), message.author().displayName(), message.internal(),
                            message.bodyText()))));
                }
            } else if (change instanceof FieldChanged f) {
                updates.add(new WebhookPayload.Change(f.field().storedName(), f.oldValue(), f.newValue()));
                lastUpdate = change;
            } else if (change instanceof AttachmentAdded a) {
                if (!a.internal() || hook.includesInternal()) {
                    updates.add(new WebhookPayload.Change("attachment", null, a.fileName()));
                    lastUpdate = change;
                }
            } else if (change instanceof ContactLogged c) {
                if (!c.internal() || hook.includesInternal()) {
                    updates.add(new WebhookPayload.Change(c.channel() == Channel.PHONE ? "call" : "chat", null,
                            Long.toString(c.contactId())));
                    lastUpdate = change;
                }
            }
        }
        if (!opened && !updates.isEmpty() && hook.wants(WebhookEvent.UPDATED, false)) {
            payloads.add(payload(WebhookEvent.UPDATED, lastUpdate, ticket, p -> p.changes(updates)));
        }
        return payloads;
    }

    private static Payload payload(WebhookEvent event, TicketChange change, Ticket ticket,
                                   UnaryOperator<WebhookPayload> details) {
        var key = UUID.randomUUID().toString();
        var body = details.apply(WebhookPayload.of(key, event, change.at(), change.by(), ticket.number().value(),
                ticket.subject(), ticket.status().name())).body();
        return new Payload(key, event, body);
    }
}
