package org.bilet.tickets;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.bilet.people.User;

/**
 * Someone who follows a ticket besides its requester and assignee: staff, or a colleague of the
 * requester, who then sees the ticket's public side ({@link TicketVisibility}). Made and removed
 * through {@link Ticket#addWatcher} and {@link Ticket#removeWatcher}, which record history.
 */
@Entity
@NamedQuery(name = TicketWatcher.OF_TICKET, query = """
        select w from TicketWatcher w join fetch w.user where w.ticket = :ticket order by w.addedAt, w.id""")
@NamedQuery(name = TicketWatcher.WATCHED_BY, query = "select w.ticket.id from TicketWatcher w where w.user = :user")
public class TicketWatcher {

    /** The ids of the tickets a person watches (index {@code (user_id, ticket_id)}). */
    public static final String WATCHED_BY = "TicketWatcher.watchedBy";

    /** At most this many watched tickets widen what a person outside staff may see (lists, search). */
    public static final int MAX_WATCHED = 1000;

    public static final String OF_TICKET = "TicketWatcher.ofTicket";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_watcher_seq")
    @SequenceGenerator(name = "ticket_watcher_seq", sequenceName = "ticket_watcher_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    private Instant addedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "added_by_id")
    private User addedBy;

    protected TicketWatcher() {
    }

    TicketWatcher(Ticket ticket, User user, Actor by) {
        this.ticket = Objects.requireNonNull(ticket);
        this.user = Objects.requireNonNull(user);
        this.addedBy = by.user();
        this.addedAt = by.at();
    }

    public Ticket ticket() {
        return ticket;
    }

    public User user() {
        return user;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public User addedBy() {
        return addedBy;
    }

    /** The ids of the tickets a person outside staff watches, for the visibility rule; none for staff, who see every ticket. */
    public static List<Long> idsWatchedBy(EntityManager em, User viewer) {
        return viewer.isStaff() ? List.of() : em.createNamedQuery(WATCHED_BY, Long.class)
                .setParameter("user", viewer).setMaxResults(MAX_WATCHED).getResultList();
    }
}
