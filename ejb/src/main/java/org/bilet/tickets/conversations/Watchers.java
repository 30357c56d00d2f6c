package org.bilet.tickets.conversations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.bilet.people.PeopleLookup;
import org.bilet.people.Roles;
import org.bilet.people.User;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.Actors;
import org.bilet.tickets.TicketRepository;
import org.bilet.tickets.TicketVisibility;
import org.bilet.tickets.TicketWatcher;

/**
 * Who follows a ticket besides its requester and assignee. Staff add staff or the requester's
 * colleagues (same organization); the requester adds colleagues; staff, the requester or the
 * watcher themselves remove one. A requester-side watcher sees the ticket's public side in the
 * portal; requesters see only the requester-side watchers.
 */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class Watchers {

    @Inject
    EntityManager em;

    @Inject
    Actors actors;

    @Inject
    TicketRepository tickets;

    @Inject
    PeopleLookup people;

    public List<WatcherInfo> list(@NotNull String number) {
        var viewer = actors.currentUser();
        return watchersOf(tickets.visibleTo(viewer, number), TicketVisibility.of(viewer).seesInternal());
    }

    public List<WatcherInfo> add(@NotNull String number, NewWatcher request) {
        if (request == null || request.username() == null || request.username().isBlank()) {
            throw InvalidInputException.of("username", "Name the person who should watch the ticket by their username.");
        }
        var actor = actors.current();
        var ticket = tickets.lockedForChange(actor.user(), number);
        var person = people.user(request.username().strip()).filter(User::active)
                .filter(user -> !user.isSystemAccount())
                .orElseThrow(() -> InvalidInputException.of("username", "There is no active user with that username."));
        em.persist(ticket.addWatcher(person, actor));
        tickets.saveChanges(ticket);
        em.flush();
        return watchersOf(ticket, actor.isStaff());
    }

    public List<WatcherInfo> remove(@NotNull String number, @NotNull String username) {
        var actor = actors.current();
        var ticket = tickets.lockedForChange(actor.user(), number);
        var person = people.user(username).orElseThrow(() -> new ResourceNotFoundException("Nobody with that username watches " + ticket.number() + "."));
        em.remove(ticket.removeWatcher(person, actor));
        tickets.saveChanges(ticket);
        em.flush();
        return TicketVisibility.of(actor.user()).allows(ticket) ? watchersOf(ticket, actor.isStaff()) : List.of();
    }

    /**
     * Who could watch the ticket, for the desk's autocomplete: active staff and the requester's
     * colleagues whose username or name contains {@code text}, at most {@value #CANDIDATES}, by name;
     * those already watching and the requester are left out.
     */
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public List<WatcherInfo> candidates(@NotNull String number, String text) {
        var ticket = tickets.visibleTo(actors.currentUser(), number);
        var pattern = org.bilet.platform.LikePattern.containing(text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT));
        return em.createQuery("""
                        select distinct u from User u left join u.roles r
                        where u.active = true and u.systemAccount = false and u <> :requester
                          and (r in :staff or (:organization is not null and u.organization = :organization))
                          and (lower(u.username) like :text escape '!' or lower(concat(u.firstName, ' ', u.lastName)) like :text escape '!')
                          and not exists (select w from TicketWatcher w where w.ticket = :ticket and w.user = u)
                        order by u.firstName, u.lastName, u.username""", User.class)
                .setParameter("requester", ticket.requester())
                .setParameter("staff", java.util.Set.of(org.bilet.people.Role.AGENT, org.bilet.people.Role.MANAGER, org.bilet.people.Role.ADMIN))
                .setParameter("organization", ticket.organization())
                .setParameter("text", pattern)
                .setParameter("ticket", ticket)
                .setMaxResults(CANDIDATES)
                .getResultStream()
                .map(u -> new WatcherInfo(u.username(), u.displayName(), u.isStaff(), null))
                .toList();
    }

    private static final int CANDIDATES = 10;

    private List<WatcherInfo> watchersOf(Ticket ticket, boolean withStaff) {
        return em.createNamedQuery(TicketWatcher.OF_TICKET, TicketWatcher.class)
                .setParameter("ticket", ticket)
                .getResultStream()
                .filter(w -> withStaff || !w.user().isStaff())
                .map(w -> new WatcherInfo(w.user().username(), w.user().displayName(), w.user().isStaff(), w.addedAt()))
                .toList();
    }
}
