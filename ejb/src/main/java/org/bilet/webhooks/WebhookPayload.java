package org.bilet.webhooks;

import static org.bilet.platform.SharedJson.JSON;

import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import org.bilet.tickets.events.ActorRef;

/**
 * The JSON body of one delivery: {@code id} (the delivery id, also in {@code X-Bilet-Delivery}),
 * {@code event}, {@code occurredAt}, {@code actor}, {@code ticket} (number, subject, status) and,
 * by event, {@code message} (id, author, internal, text), {@code status} (from, to) or
 * {@code changes} (field, from, to). Written once, when the ticket changed.
 */
final class WebhookPayload {

    /** A field that changed, as history writes its values. */
    record Change(String field, String from, String to) {
    }

    /** A message as the body tells it. */
    record MessageFacts(long id, String authorUsername, String authorName, boolean internal, String text) {
    }

    private final JsonObjectBuilder json = JSON.createObjectBuilder();

    private WebhookPayload(String deliveryId, WebhookEvent event, Instant at, ActorRef by,
                           String number, String subject, String status) {
        json.add("id", deliveryId)
                .add("event", event.apiName())
                .add("occurredAt", at.toString())
                .add("actor", JSON.createObjectBuilder().add("username", by.username()).add("system", by.system()))
                .add("ticket", JSON.createObjectBuilder().add("number", number).add("subject", subject).add("status", status));
    }

    static WebhookPayload of(String deliveryId, WebhookEvent event, Instant at, ActorRef by,
                             String number, String subject, String status) {
        return new WebhookPayload(deliveryId, event, at, by, number, subject, status);
    }

    WebhookPayload message(MessageFacts message) {
        json.add("message", JSON.createObjectBuilder().add("id", message.id())
                .add("author", JSON.createObjectBuilder().add("username", message.authorUsername()).add("name", message.authorName()))
                .add("internal", message.internal())
                .add("text", message.text()));
        return this;
    }

    WebhookPayload status(String from, String to) {
        json.add("status", JSON.createObjectBuilder().add("from", from).add("to", to));
        return this;
    }

    WebhookPayload changes(List<Change> changes) {
        var array = JSON.createArrayBuilder();
        for (var change : changes) {
            var item = JSON.createObjectBuilder().add("field", change.field());
            if (change.from() == null) {
                item.addNull("from");
            } else {
                item.add("from", change.from());
            }
            if (change.to() == null) {
                item.addNull("to");
            } else {
                item.add("to", change.to());
            }
            array.add(item);
        }
        json.add("changes", array);
        return this;
    }

    String body() {
        return json.build().toString();
    }
}
