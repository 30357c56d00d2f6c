package org.bilet.webhooks;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.bilet.platform.Backoff;
import org.bilet.platform.ConflictException;

/**
 * One event for one hook in the outbox: its body fixed when the ticket changed (the signature is
 * over these bytes, the same on every attempt), its delivery id, and how delivery went. QUEUED until
 * the receiver answers 2xx (SENT); anything else waits by the backoff, and the last attempt allowed
 * leaves it FAILED. Every attempt is kept in order.
 */
@Entity
@NamedQuery(name = WebhookDelivery.DUE, query = """
        select d.id from WebhookDelivery d
        where d.state = org.bilet.webhooks.DeliveryState.QUEUED and d.nextAttemptAt <= :now
        order by d.nextAttemptAt, d.id""")
@NamedQuery(name = WebhookDelivery.OF_HOOK, query = """
        select d from WebhookDelivery d where d.webhook.id = :hook order by d.createdAt desc, d.id desc""")
@NamedQuery(name = WebhookDelivery.COUNT_OF_HOOK, query = "select count(d) from WebhookDelivery d where d.webhook.id = :hook")
@NamedQuery(name = WebhookDelivery.ATTEMPTS_OF, query = """
        select d.id, a.attemptedAt, a.statusCode, a.error from WebhookDelivery d join d.attemptLog a
        where d.id in :ids order by d.id, index(a)""")
public class WebhookDelivery {

    /** Ids of the deliveries due at {@code :now}, the longest waiting first (index {@code (state, next_attempt_at)}). */
    public static final String DUE = "WebhookDelivery.due";
    /** A hook's deliveries, newest first (index {@code (webhook_id, created_at)}). */
    public static final String OF_HOOK = "WebhookDelivery.ofHook";
    public static final String COUNT_OF_HOOK = "WebhookDelivery.countOfHook";
    public static final String ATTEMPTS_OF = "WebhookDelivery.attemptsOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "webhook_id")
    private Webhook webhook;

    private String deliveryKey;

    @Enumerated(EnumType.STRING)
    private WebhookEvent event;

    private String ticketNumber;
    private String body;

    @Enumerated(EnumType.STRING)
    private DeliveryState state;

    /** Failed attempts in a row: what the backoff counts. */
    private int attempts;

    private Instant nextAttemptAt;
    private Integer lastStatus;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;

    @ElementCollection
    @CollectionTable(name = "webhook_attempt", joinColumns = @JoinColumn(name = "delivery_id"))
    @OrderColumn(name = "position")
    private List<WebhookAttempt> attemptLog = new ArrayList<>();

    protected WebhookDelivery() {
    }

    WebhookDelivery(Webhook webhook, String deliveryKey, WebhookEvent event, String ticketNumber, String body, Instant now) {
        this.webhook = Objects.requireNonNull(webhook);
        this.deliveryKey = Objects.requireNonNull(deliveryKey);
        this.event = Objects.requireNonNull(event);
        this.ticketNumber = Objects.requireNonNull(ticketNumber);
        this.body = Objects.requireNonNull(body);
        this.state = DeliveryState.QUEUED;
        this.createdAt = Objects.requireNonNull(now);
        this.nextAttemptAt = now;
    }

    /** The receiver took it (2xx). */
    void delivered(Instant at, int status) {
        requireQueued();
        attemptLog.add(new WebhookAttempt(at, status, null));
        state = DeliveryState.SENT;
        lastStatus = status;
        sentAt = at;
        nextAttemptAt = null;
    }

    /** An attempt failed (another status, or no answer): wait as the backoff says, or give up. */
    void attemptFailed(Instant at, Integer status, String error, Backoff backoff) {
        requireQueued();
        var attempt = new WebhookAttempt(at, status, error);
        attemptLog.add(attempt);
        attempts++;
        lastStatus = status;
        lastError = attempt.error();
        if (backoff.givesUpAfter(attempts)) {
            state = DeliveryState.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = at.plus(backoff.after(attempts));
        }
    }

    /** Given up without an attempt: the hook was switched off or removed meanwhile. */
    void abandon(Instant at, String reason) {
        requireQueued();
        attemptLog.add(new WebhookAttempt(at, null, reason));
        lastError = reason;
        state = DeliveryState.FAILED;
        nextAttemptAt = null;
    }

    /**
     * An administrator sends again a delivery Bilet gave up on: due now, with the whole backoff
     * again; its log keeps the earlier attempts.
     */
    void retry(Instant now) {
        if (state != DeliveryState.FAILED) {
            throw new ConflictException("Only a delivery that failed can be sent again; this one is " + state + ".");
        }
        state = DeliveryState.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
    }

    private void requireQueued() {
        if (state != DeliveryState.QUEUED) {
            throw new IllegalStateException("delivery " + deliveryKey + " is " + state + ", not queued");
        }
    }

    public Long id() {
        return id;
    }

    public Webhook webhook() {
        return webhook;
    }

    public String deliveryKey() {
        return deliveryKey;
    }

    public WebhookEvent event() {
        return event;
    }

    public String ticketNumber() {
        return ticketNumber;
    }

    public String body() {
        return body;
    }

    public DeliveryState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer lastStatus() {
        return lastStatus;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public List<WebhookAttempt> attemptLog() {
        return Collections.unmodifiableList(attemptLog);
    }
}
