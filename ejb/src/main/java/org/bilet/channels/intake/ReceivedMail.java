package org.bilet.channels.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.time.Instant;

/**
 * A message Bilet took in and what became of it, written in the transaction that stored it: its
 * unique dedupe key is what stores a message once however often it is read. Read by the mailbox
 * log, by threading (its Message-ID) and by the per-sender limit.
 */
@Entity
@NamedQuery(name = ReceivedMail.KEY_TAKEN, query = "select count(r) from ReceivedMail r where r.dedupeKey = :key")
@NamedQuery(name = ReceivedMail.TICKET_OF_MESSAGE, query = """
        select r.ticketId from ReceivedMail r where r.messageId in :messageIds and r.ticketId is not null order by r.id desc""")
@NamedQuery(name = ReceivedMail.FROM_SENDER_SINCE, query = """
        select count(r) from ReceivedMail r where r.sender = :sender and r.receivedAt >= :since""")
@NamedQuery(name = ReceivedMail.OF_MAILBOX, query = """
        select r from ReceivedMail r where r.mailboxId = :mailbox order by r.receivedAt desc, r.id desc""")
public class ReceivedMail {

    public static final String KEY_TAKEN = "ReceivedMail.keyTaken";
    public static final String TICKET_OF_MESSAGE = "ReceivedMail.ticketOfMessage";
    public static final String FROM_SENDER_SINCE = "ReceivedMail.fromSenderSince";
    public static final String OF_MAILBOX = "ReceivedMail.ofMailbox";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String dedupeKey;
    private Long mailboxId;
    private String messageId;
    private String sender;
    private String subject;
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String detail;
    private Long ticketId;

    protected ReceivedMail() {
    }

    ReceivedMail(IncomingMail mail, long mailboxId, Instant at, Outcome outcome, String detail, Long ticketId) {
        this.dedupeKey = mail.dedupeKey();
        this.mailboxId = mailboxId;
        this.messageId = mail.messageId() == null || mail.messageId().length() > 250 ? null : mail.messageId();
        this.sender = mail.senderAddress() == null || mail.senderAddress().length() > 254 ? null : mail.senderAddress();
        this.subject = mail.subject().length() > 250 ? mail.subject().substring(0, 250) : mail.subject();
        this.receivedAt = at;
        this.outcome = outcome;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        this.ticketId = ticketId;
    }

    /** What became of it, once that is known (it is written first, as the claim on its key). */
    void settle(Outcome newOutcome, String newDetail, Long newTicketId) {
        this.outcome = newOutcome;
        this.detail = newDetail == null || newDetail.length() <= 500 ? newDetail : newDetail.substring(0, 497) + "...";
        this.ticketId = newTicketId;
    }

    public Long id() {
        return id;
    }

    public String messageId() {
        return messageId;
    }

    public String sender() {
        return sender;
    }

    public String subject() {
        return subject;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }

    public Long ticketId() {
        return ticketId;
    }
}
