package org.bilet.tickets.attachments;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.Objects;
import org.bilet.people.User;
import org.bilet.tickets.Message;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.TicketVisibility;

/** A file attached to a ticket, optionally to one of its messages. */
@Entity
@NamedQuery(name = Attachment.OF_TICKET, query = """
        select a from Attachment a join fetch a.uploadedBy left join a.message m
        where a.ticket = :ticket and (m is null or m.internal = false or :withInternal = true)
        order by a.uploadedAt, a.id""")
public class Attachment implements Ticket.MovableFile {

    public static final String OF_TICKET = "Attachment.ofTicket";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "message_id")
    private Message message;

    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "uploaded_by_id")
    private User uploadedBy;

    private Instant uploadedAt;

    protected Attachment() {
    }

    /** An attachment of the ticket, or of one of its messages when {@code message} is given. */
    public Attachment(Ticket ticket, Message message, StoredFile file, String fileName, User uploadedBy, Instant uploadedAt) {
        if (message != null && !message.ticket().id().equals(ticket.id())) {
            throw new IllegalArgumentException("the message belongs to another ticket");
        }
        this.ticket = Objects.requireNonNull(ticket);
        this.message = message;
        this.fileName = Objects.requireNonNull(fileName);
        this.contentType = file.contentType();
        this.sizeBytes = file.size();
        this.sha256 = file.sha256();
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    public Long id() {
        return id;
    }

    public Ticket ticket() {
        return ticket;
    }

    public Message message() {
        return message;
    }

    /** Files of internal notes are as internal as the notes. */
    public boolean isVisibleTo(User viewer) {
        return message == null || !message.internal() || TicketVisibility.of(viewer).seesInternal();
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public User uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    /** Follows its ticket's messages into the ticket it is merged into. */
    @Override
    public void moveTo(Ticket target) {
        this.ticket = Objects.requireNonNull(target);
    }
}
