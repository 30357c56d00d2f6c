package org.bilet.tickets;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Transient;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.bilet.people.User;
import org.bilet.tickets.events.ActorRef;

/** A public reply or an internal note on a ticket. Internal notes are never shown to requesters. */
@Entity
@Table(name = "ticket_message")
@NamedQuery(name = Message.OF_TICKET, query = """
        select m from Message m join fetch m.author
        where m.ticket = :ticket and (m.internal = false or :withInternal = true)
        order by m.createdAt, m.id""")
@NamedQuery(name = Message.NEWEST_OF_REQUESTER, query = """
        select m from Message m join fetch m.author join fetch m.ticket
        where m.ticket.requester = :requester order by m.createdAt desc, m.id desc""")
@NamedQuery(name = Message.NEWEST_OF_ORGANIZATIONS, query = """
        select m from Message m join fetch m.author join fetch m.ticket
        where m.ticket.organization.id in :organizations order by m.createdAt desc, m.id desc""")
public class Message {

    public static final String OF_TICKET = "Message.ofTicket";
    /** The newest messages on a requester's tickets (their tickets by index, then each one's messages by index). */
    public static final String NEWEST_OF_REQUESTER = "Message.newestOfRequester";
    public static final String NEWEST_OF_ORGANIZATIONS = "Message.newestOfOrganizations";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_message_seq")
    @SequenceGenerator(name = "ticket_message_seq", sequenceName = "ticket_message_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private User author;

    private boolean internal;

    @Embedded
    @AttributeOverride(name = "content", column = @Column(name = "body"))
    @AttributeOverride(name = "format", column = @Column(name = "body_format"))
    private RichText body;
    private Instant createdAt;

    protected Message() {
    }

    /** Who posted it, for the event published about it; not stored beyond the author. */
    @Transient
    private Actor postedBy;

    Message(Ticket ticket, RichText body, boolean internal, Actor by) {
        this.ticket = Objects.requireNonNull(ticket);
        this.author = by.user();
        this.body = Objects.requireNonNull(body);
        this.internal = internal;
        this.createdAt = by.at();
        this.postedBy = by;
    }

    /** Moves the message to the ticket another one is merged into; it keeps its time, so the target's order holds. */
    void moveTo(Ticket target) {
        this.ticket = Objects.requireNonNull(target);
    }

    ActorRef postedBy() {
        return postedBy.ref();
    }

    public Long id() {
        return id;
    }

    public Ticket ticket() {
        return ticket;
    }

    public User author() {
        return author;
    }

    public boolean internal() {
        return internal;
    }

    public String body() {
        return body.content();
    }

    /** The body as a reader sees it, without markup. */
    public String bodyText() {
        return body.plainText();
    }

    public RichText.Format bodyFormat() {
        return body.format();
    }

    public Instant createdAt() {
        return createdAt;
    }
}
