package org.bilet.tickets;

import jakarta.persistence.Convert;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.Objects;
import org.bilet.people.User;
import org.bilet.tickets.events.ActorRef;
import org.hibernate.annotations.Immutable;

/** One entry of a ticket's append-only history: what changed, from what to what, by whom, how. */
@Entity
@Immutable
@NamedQuery(name = TicketEvent.OF_TICKET, query = """
        select e from TicketEvent e left join fetch e.actor
        where e.ticket = :ticket and (e.internal = false or :withInternal = true)
        order by e.occurredAt, e.id""")
public class TicketEvent {

    public static final String OF_TICKET = "TicketEvent.ofTicket";

    /** CONTACT: a phone call or chat was logged ({@link TicketField#CALL}, {@link TicketField#CHAT}). */
    public enum Kind { CREATED, CHANGED, ATTACHED, CONTACT }

    private static final int MAX_VALUE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_event_seq")
    @SequenceGenerator(name = "ticket_event_seq", sequenceName = "ticket_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    private Instant occurredAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private User actor;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String clientAddress;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Convert(converter = TicketFieldConverter.class)
    private TicketField field;
    private String oldValue;
    private String newValue;

    /** Whether only staff may read it: a file attached to an internal note is as internal as the note. */
    private boolean internal;

    /** The message a file was attached to, for the event published about it; not stored. */
    @Transient
    private Message message;

    /** The logged call or chat this event records, for the event published about it; not stored. */
    @Transient
    private Long contactId;

    /** Who recorded it, for the event published about it; not stored beyond actor and channel. */
    @Transient
    private Actor by;

    protected TicketEvent() {
    }

    TicketEvent(Ticket ticket, Kind kind, TicketField field, String oldValue, String newValue, Actor by) {
        this.ticket = Objects.requireNonNull(ticket);
        this.kind = Objects.requireNonNull(kind);
        this.field = field;
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
        this.actor = by.user();
        this.channel = by.channel();
        this.clientAddress = by.clientAddress();
        this.occurredAt = by.at();
        this.by = by;
    }

    private static String clip(String value) {
        return value == null || value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public User actor() {
        return actor;
    }

    public Channel channel() {
        return channel;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public Kind kind() {
        return kind;
    }

    public TicketField field() {
        return field;
    }

    ActorRef actorRef() {
        return by.ref();
    }

    Message message() {
        return message;
    }

    /** The event concerns this message (null: none); it is internal when the message is. */
    TicketEvent about(Message attachedTo) {
        this.message = attachedTo;
        this.internal = attachedTo != null && attachedTo.internal();
        return this;
    }

    /** The event records a logged call or chat, internal when only staff may read it. */
    TicketEvent aboutContact(long loggedContactId, boolean internalContact) {
        this.contactId = loggedContactId;
        this.internal = internalContact;
        return this;
    }

    Long contactId() {
        return contactId;
    }

    /** Only staff may read it: a link, a watcher, a mention. */
    TicketEvent staffOnly() {
        this.internal = true;
        return this;
    }

    public boolean internal() {
        return internal;
    }

    public String oldValue() {
        return oldValue;
    }

    public String newValue() {
        return newValue;
    }
}
