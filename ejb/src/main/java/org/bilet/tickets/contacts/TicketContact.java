package org.bilet.tickets.contacts;

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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.bilet.people.User;
import org.bilet.tickets.Actor;
import org.bilet.tickets.Ticket;
import org.hibernate.annotations.Immutable;

/**
 * A phone call or chat transcript logged on a ticket: append-only, like a message. The text is
 * plain (see {@link ContactCheck}); internal ones are for staff only.
 */
@Entity
@Immutable
@Table(name = "ticket_contact")
@NamedQuery(name = TicketContact.OF_TICKET, query = """
        select c from TicketContact c join fetch c.loggedBy
        where c.ticket = :ticket and (c.internal = false or :withInternal = true)
        order by c.occurredAt, c.id""")
@NamedQuery(name = TicketContact.NEWEST_OF_REQUESTER, query = """
        select c from TicketContact c join fetch c.loggedBy join fetch c.ticket
        where c.ticket.requester = :requester order by c.occurredAt desc, c.id desc""")
@NamedQuery(name = TicketContact.NEWEST_OF_ORGANIZATIONS, query = """
        select c from TicketContact c join fetch c.loggedBy join fetch c.ticket
        where c.ticket.organization.id in :organizations order by c.occurredAt desc, c.id desc""")
public class TicketContact {

    /** A ticket's contacts in the order they happened (index {@code (ticket_id, occurred_at)}). */
    public static final String OF_TICKET = "TicketContact.ofTicket";
    public static final String NEWEST_OF_REQUESTER = "TicketContact.newestOfRequester";
    public static final String NEWEST_OF_ORGANIZATIONS = "TicketContact.newestOfOrganizations";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_contact_seq")
    @SequenceGenerator(name = "ticket_contact_seq", sequenceName = "ticket_contact_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Enumerated(EnumType.STRING)
    private ContactKind kind;

    @Enumerated(EnumType.STRING)
    private CallDirection direction;

    private String phone;
    private Long durationSeconds;
    private boolean missed;
    private String chatReference;
    private String content;
    private boolean internal;
    private Instant occurredAt;
    private Instant loggedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "logged_by_id")
    private User loggedBy;

    protected TicketContact() {
    }

    TicketContact(Ticket ticket, ContactCheck.Checked contact, Actor by) {
        this.ticket = Objects.requireNonNull(ticket);
        this.kind = contact.kind();
        this.direction = contact.direction();
        this.phone = contact.phone();
        this.durationSeconds = contact.durationSeconds();
        this.missed = contact.missed();
        this.chatReference = contact.chatReference();
        this.content = Objects.requireNonNull(contact.text());
        this.internal = contact.internal();
        this.occurredAt = contact.occurredAt();
        this.loggedAt = by.at();
        this.loggedBy = by.user();
    }

    /** One line for history: "inbound +48225550173 3:10", "outbound +4420… missed", "chat web-123". */
    String describe() {
        if (kind == ContactKind.CHAT) {
            return chatReference == null ? "chat" : "chat " + chatReference;
        }
        var line = direction.name().toLowerCase(Locale.ROOT) + " " + phone;
        if (missed) {
            return line + " missed";
        }
        return durationSeconds == null ? line
                : line + " " + durationSeconds / 60 + ":" + String.format(Locale.ROOT, "%02d", durationSeconds % 60);
    }

    public Long id() {
        return id;
    }

    public Ticket ticket() {
        return ticket;
    }

    public ContactKind kind() {
        return kind;
    }

    public CallDirection direction() {
        return direction;
    }

    public String phone() {
        return phone;
    }

    public Long durationSeconds() {
        return durationSeconds;
    }

    public boolean missed() {
        return missed;
    }

    public String chatReference() {
        return chatReference;
    }

    public String content() {
        return content;
    }

    public boolean internal() {
        return internal;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Instant loggedAt() {
        return loggedAt;
    }

    public User loggedBy() {
        return loggedBy;
    }
}
