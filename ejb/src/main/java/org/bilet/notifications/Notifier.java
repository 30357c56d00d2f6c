package org.bilet.notifications;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.bilet.people.Roles;
import org.bilet.people.Team;
import org.bilet.people.User;
import org.bilet.tickets.Ticket;

/**
 * Sends notifications: the one way for any capability (ticket events, SLA escalations, automation
 * rules) to tell staff about a ticket. Joins the caller's transaction, so a notification sent while
 * a change is made commits with it; callers after commit open their own (see
 * {@link TicketNotices}). Only staff receive them: requesters, inactive people and Bilet's own
 * account are left out, and each person gets one notification however often they are named.
 * Each notification is also published as {@link Notified} in the same transaction (its mail copy).
 * No resource exposes it; it answers whoever's request or timer the calling capability runs in.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM, Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class Notifier {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<Notified> notified;

    /**
     * Tells each recipient about the ticket: {@code kind} says what, {@code arguments} fill its text
     * ({@code {0}}, {@code {1}}… of {@code notification.<KIND>} in the web bundle {@code notifications}).
     * Returns how many were sent.
     */
    public int notify(Collection<User> recipients, Ticket ticket, NotificationKind kind, List<String> arguments) {
        return notify(recipients, ticket, kind, arguments, null);
    }

    /** As {@link #notify(Collection, Ticket, NotificationKind, List)}, about one message of the ticket (a reply, a note). */
    public int notify(Collection<User> recipients, Ticket ticket, NotificationKind kind, List<String> arguments, Long messageId) {
        Objects.requireNonNull(ticket);
        Objects.requireNonNull(kind);
        var now = clock.instant();
        int sent = 0;
        for (var recipient : new LinkedHashSet<>(recipients)) {
            if (receives(recipient)) {
                em.persist(new Notification(recipient, ticket.number().value(), ticket.subject(), kind, arguments, now));
                notified.fire(new Notified(recipient, ticket, kind, arguments, messageId));
                sent++;
            }
        }
        return sent;
    }

    /**
     * Tells the people watching a ticket, requester-side watchers included (they read their
     * notifications through the API, and by mail); only kinds that say nothing internal may be sent this way
     * to them, which {@link NotificationRules#watcherNoticeOf} sees to.
     */
    public int notifyWatchers(Collection<User> watchers, Ticket ticket, NotificationKind kind, List<String> arguments,
                              Long messageId) {
        Objects.requireNonNull(ticket);
        var now = clock.instant();
        int sent = 0;
        for (var watcher : new LinkedHashSet<>(watchers)) {
            if (watcher != null && watcher.active() && !watcher.isSystemAccount()
                    && (watcher.isStaff() || kind != NotificationKind.WATCHED_NOTE)) {
                em.persist(new Notification(watcher, ticket.number().value(), ticket.subject(), kind, arguments, now));
                notified.fire(new Notified(watcher, ticket, kind, arguments, messageId));
                sent++;
            }
        }
        return sent;
    }

    /** Tells every member of the team; see {@link #notify}. */
    public int notifyTeam(Team team, Ticket ticket, NotificationKind kind, List<String> arguments) {
        return notify(team.members(), ticket, kind, arguments);
    }

    private static boolean receives(User user) {
        return user != null && user.active() && user.isStaff() && !user.isSystemAccount();
    }
}
