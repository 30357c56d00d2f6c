package org.bilet.tickets.conversations;

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
import java.time.Instant;
import java.util.Objects;
import org.bilet.people.User;
import org.bilet.tickets.Actor;
import org.bilet.tickets.Ticket;

/**
 * A link between two tickets, stored once: {@code ticket} is {@code type} of {@code linked}
 * (RELATED, DUPLICATE_OF or PARENT_OF); the linked ticket reads it as the inverse.
 */
@Entity
@NamedQuery(name = TicketLink.OF_TICKET, query = """
        select l from TicketLink l join fetch l.ticket join fetch l.linked
        where l.ticket = :ticket or l.linked = :ticket order by l.createdAt, l.id""")
@NamedQuery(name = TicketLink.BETWEEN, query = """
        select l from TicketLink l where (l.ticket = :a and l.linked = :b) or (l.ticket = :b and l.linked = :a)""")
public class TicketLink {

    public static final String OF_TICKET = "TicketLink.ofTicket";
    public static final String BETWEEN = "TicketLink.between";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_link_seq")
    @SequenceGenerator(name = "ticket_link_seq", sequenceName = "ticket_link_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "linked_id")
    private Ticket linked;

    @Enumerated(EnumType.STRING)
    private LinkType kind;

    private Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id")
    private User createdBy;

    protected TicketLink() {
    }

    /** {@code from} is {@code type} of {@code to}; stored in the direction of the type's stored form. */
    TicketLink(Ticket from, LinkType type, Ticket to, Actor by) {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        this.ticket = type.storedReversed() ? to : from;
        this.linked = type.storedReversed() ? from : to;
        this.kind = type.stored();
        this.createdAt = by.at();
        this.createdBy = by.user();
    }

    /** The link as {@code viewed} sees it: its type from that side and the other ticket. */
    LinkType typeFrom(Ticket viewed) {
        return ticket.id().equals(viewed.id()) ? kind : kind.inverse();
    }

    Ticket other(Ticket viewed) {
        return ticket.id().equals(viewed.id()) ? linked : ticket;
    }

    Instant createdAt() {
        return createdAt;
    }
}
