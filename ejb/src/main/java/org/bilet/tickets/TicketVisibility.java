package org.bilet.tickets;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.bilet.people.Organization;
import org.bilet.people.User;

/**
 * Who may see a ticket, the one rule: staff (and Bilet itself) see every ticket; anyone else sees the tickets they
 * requested, those they watch and, where they may, those of their organization. It yields each form the rule is
 * needed in (a check of one loaded ticket, a query predicate) from the same two facts, so the forms
 * cannot drift apart, and any other form (a search filter) through {@link #condition}.
 *
 * <p>It also says how much of a ticket the viewer sees: only staff see its internal side, the
 * internal notes and everything that belongs to them (their files, the history of those files)
 * and the client addresses of the history. Every read of a ticket's parts asks {@link #seesInternal()}.
 */
public final class TicketVisibility {

    private final User viewer;
    private final boolean everything;
    /** The organization whose tickets the viewer sees besides their own; null when none. */
    private final Organization organization;

    private TicketVisibility(User viewer) {
        this.viewer = Objects.requireNonNull(viewer);
        this.everything = viewer.isStaff() || viewer.isSystemAccount();
        this.organization = viewer.seesOrganizationTickets() ? viewer.organization() : null;
    }

    public static TicketVisibility of(User viewer) {
        return new TicketVisibility(viewer);
    }

    /** Whether the viewer may see this ticket. */
    public boolean allows(Ticket ticket) {
        return everything
                || ticket.requester().equals(viewer)
                || (organization != null && organization.equals(ticket.organization()))
                || ticket.isWatchedBy(viewer);
    }

    /** Whether the viewer sees internal notes, what belongs to them, and client addresses. */
    public boolean seesInternal() {
        return everything;
    }

    /**
     * The same rule as a condition on tickets in a query; empty when the viewer sees every ticket.
     * Watching comes in as the ids of the tickets the viewer watches (few, read by
     * {@link TicketWatcher#WATCHED_BY}): a list of ids keeps every branch of the OR on an index,
     * where a correlated subquery would make the database test every ticket.
     */
    public Optional<Predicate> predicate(CriteriaBuilder cb, Root<Ticket> t, Collection<Long> watched) {
        if (everything) {
            return Optional.empty();
        }
        var branches = new ArrayList<Predicate>();
        branches.add(cb.equal(t.get(Ticket_.requester), viewer));
        if (organization != null) {
            branches.add(cb.equal(t.get(Ticket_.organization), organization));
        }
        if (!watched.isEmpty()) {
            branches.add(t.get(Ticket_.id).in(watched));
        }
        return Optional.of(branches.size() == 1 ? branches.get(0) : cb.or(branches.toArray(Predicate[]::new)));
    }

    /**
     * The same rule built from the caller's own pieces (a search filter, say); empty when the viewer
     * sees every ticket, else "requested by the viewer", or "of the viewer's organization", or
     * "among the tickets they watch" ({@code watched}, as for {@link #predicate}).
     */
    public <C> Optional<C> condition(LongFunction<C> requestedBy, LongFunction<C> ofOrganization,
                                     Function<Collection<Long>, C> amongTickets, BinaryOperator<C> either,
                                     Collection<Long> watched) {
        if (everything) {
            return Optional.empty();
        }
        var rule = requestedBy.apply(viewer.id());
        if (organization != null) {
            rule = either.apply(rule, ofOrganization.apply(organization.id()));
        }
        if (!watched.isEmpty()) {
            rule = either.apply(rule, amongTickets.apply(watched));
        }
        return Optional.of(rule);
    }
}
