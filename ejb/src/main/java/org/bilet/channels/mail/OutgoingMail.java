package org.bilet.channels.mail;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.bilet.platform.Backoff;
import org.bilet.platform.ConflictException;

/**
 * A message in the outbox: what to send, its fixed Message-ID, and how delivery went. QUEUED until
 * an attempt hands it to the SMTP server (SENT); a failed attempt waits by the {@link Backoff}, and
 * the last one allowed leaves it FAILED, which an administrator may queue again. Every attempt is
 * kept in order, with its error.
 */
@Entity
@NamedQuery(name = OutgoingMail.DUE, query = """
        select m.id from OutgoingMail m
        where m.state = org.bilet.channels.mail.MailState.QUEUED and m.nextAttemptAt <= :now
        order by m.nextAttemptAt, m.id""")
@NamedQuery(name = OutgoingMail.DUE_IN_LANE, query = """
        select m.id from OutgoingMail m
        where m.state = org.bilet.channels.mail.MailState.QUEUED and m.nextAttemptAt <= :now and mod(m.id, :lanes) = :lane
        order by m.nextAttemptAt, m.id""")
@NamedQuery(name = OutgoingMail.NEWEST, query = "select m from OutgoingMail m order by m.createdAt desc, m.id desc")
@NamedQuery(name = OutgoingMail.NEWEST_OF_STATE,
        query = "select m from OutgoingMail m where m.state = :state order by m.createdAt desc, m.id desc")
@NamedQuery(name = OutgoingMail.COUNT, query = "select count(m) from OutgoingMail m")
@NamedQuery(name = OutgoingMail.COUNT_OF_STATE, query = "select count(m) from OutgoingMail m where m.state = :state")
@NamedQuery(name = OutgoingMail.ATTACHMENTS_OF, query = """
        select m.id, a.fileName, a.contentType, a.size from OutgoingMail m join m.attachments a
        where m.id in :ids order by m.id, index(a)""")
@NamedQuery(name = OutgoingMail.DELIVERY_LOGS_OF, query = """
        select m.id, l.attemptedAt, l.error from OutgoingMail m join m.deliveryLog l
        where m.id in :ids order by m.id, index(l)""")
public class OutgoingMail {

    /** Ids of the messages due at {@code :now}, the longest waiting first (index {@code (state, next_attempt_at)}). */
    public static final String DUE = "OutgoingMail.due";
    public static final String DUE_IN_LANE = "OutgoingMail.dueInLane";
    public static final String NEWEST = "OutgoingMail.newest";
    public static final String NEWEST_OF_STATE = "OutgoingMail.newestOfState";
    public static final String COUNT = "OutgoingMail.count";
    public static final String COUNT_OF_STATE = "OutgoingMail.countOfState";
    /** Names, types and sizes of the files of {@code :ids}, without their bytes. */
    public static final String ATTACHMENTS_OF = "OutgoingMail.attachmentsOf";
    public static final String DELIVERY_LOGS_OF = "OutgoingMail.deliveryLogsOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String messageId;
    private String purpose;

    @Convert(converter = AddressList.class)
    private List<String> recipients;

    private String replyTo;
    private String subject;
    private String textBody;
    private String htmlBody;
    private String inReplyTo;
    private String referenceIds;

    @ElementCollection
    @CollectionTable(name = "outgoing_mail_attachment", joinColumns = @JoinColumn(name = "mail_id"))
    @OrderColumn(name = "position")
    private List<MailAttachment> attachments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "outgoing_mail_attempt", joinColumns = @JoinColumn(name = "mail_id"))
    @OrderColumn(name = "position")
    private List<DeliveryAttempt> deliveryLog = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private MailState state;

    /** Failed attempts in a row since it was queued (or queued again); what the backoff counts. */
    private int attempts;

    private Instant nextAttemptAt;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;

    protected OutgoingMail() {
    }

    /** A message checked by {@link DraftCheck}, due at once. */
    OutgoingMail(String messageId, OutgoingMailDraft draft, Instant now) {
        this.messageId = Objects.requireNonNull(messageId);
        this.purpose = draft.purpose();
        this.recipients = List.copyOf(draft.recipients());
        this.replyTo = draft.replyTo();
        this.subject = draft.subject();
        this.textBody = draft.text();
        this.htmlBody = draft.html();
        this.inReplyTo = draft.inReplyTo();
        this.referenceIds = draft.references().isEmpty() ? null : String.join(" ", draft.references());
        draft.attachments().forEach(a -> attachments.add(new MailAttachment(a.fileName(), a.contentType(), a.content())));
        this.state = MailState.QUEUED;
        this.createdAt = Objects.requireNonNull(now);
        this.nextAttemptAt = now;
    }

    /** Whether an attempt may be made now: queued, and its wait is over. */
    public boolean isDue(Instant now) {
        return state == MailState.QUEUED && !nextAttemptAt.isAfter(now);
    }

    /** The SMTP server accepted it. */
    void delivered(Instant at) {
        requireQueued();
        deliveryLog.add(DeliveryAttempt.sent(at));
        state = MailState.SENT;
        sentAt = at;
        nextAttemptAt = null;
    }

    /** An attempt failed: wait as the backoff says, or give up after its last attempt. */
    void attemptFailed(Instant at, String error, Backoff backoff) {
        requireQueued();
        var attempt = DeliveryAttempt.failed(at, error);
        deliveryLog.add(attempt);
        attempts++;
        lastError = attempt.error();
        if (backoff.givesUpAfter(attempts)) {
            state = MailState.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = at.plus(backoff.after(attempts));
        }
    }

    /**
     * An administrator queues a message that was given up once more, due now, with the whole
     * backoff again; its delivery log keeps the earlier attempts.
     */
    void retry(Instant now) {
        if (state != MailState.FAILED) {
            throw new ConflictException("Only a message that failed can be retried; this one is " + state + ".");
        }
        state = MailState.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
    }

    private void requireQueued() {
        if (state != MailState.QUEUED) {
            throw new IllegalStateException("message " + messageId + " is " + state + ", not queued");
        }
    }

    public Long id() {
        return id;
    }

    public String messageId() {
        return messageId;
    }

    public String purpose() {
        return purpose;
    }

    public List<String> recipients() {
        return recipients;
    }

    public String replyTo() {
        return replyTo;
    }

    public String subject() {
        return subject;
    }

    public String textBody() {
        return textBody;
    }

    public String htmlBody() {
        return htmlBody;
    }

    public String inReplyTo() {
        return inReplyTo;
    }

    public List<String> references() {
        return referenceIds == null ? List.of() : Arrays.asList(referenceIds.split(" "));
    }

    public List<MailAttachment> attachments() {
        return List.copyOf(attachments);
    }

    public List<DeliveryAttempt> deliveryLog() {
        return List.copyOf(deliveryLog);
    }

    public MailState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
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
}
