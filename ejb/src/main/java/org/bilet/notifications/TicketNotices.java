package org.bilet.notifications;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.bilet.people.PeopleLookup;
import org.bilet.people.Roles;
import org.bilet.people.User;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.events.FieldChanged;
import org.bilet.tickets.events.MessagePosted;
import org.bilet.tickets.events.TicketChange;

/**
 * Turns a committed ticket change into notifications by {@link NotificationRules}, for the ticket as
 * it stands now; whoever made the change is never told about it. Called by
 * {@link TicketNoticeObserver} once the change has committed, whoever made it (a requester too), so
 * it takes any caller; no resource reaches it, and it only ever writes notifications.
 */
@Stateless
@PermitAll
@RunAs(Roles.SYSTEM)
public class TicketNotices {

    /** Bilet's own name in a notification's text, as history shows it. */
    static final String BILET = "Bilet";

    @Inject
    EntityManager em;

    @Inject
    PeopleLookup people;

    @Inject
    Notifier notifier;

    /**
     * REQUIRES_NEW: the change's own transaction has ended when this runs, and a failure here must
     * roll back the notifications only.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int tell(TicketChange change) {
        return notify(change, new HashSet<>());
    }

    /** The notifications of several committed changes, in one new transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int tellAll(List<TicketChange> changes) {
        var ids = changes.stream().map(change -> change.ticket().id()).distinct().toList();
        if (ids.size() > 1) {
            // One read for the tickets of all the changes; each notice then finds its ticket loaded.
            em.createQuery("select t from Ticket t where t.id in :ids", Ticket.class).setParameter("ids", ids).getResultList();
        }
        // A watcher hears once per ticket and batch, of the weightiest: a reply that reopened the
        // ticket is one notification about the reply, not a second about the status.
        var ordered = changes.stream().sorted(Comparator.comparingInt(TicketNotices::watcherWeight)).toList();
        var toldAsWatchers = new HashSet<String>();
        return ordered.stream().mapToInt(change -> notify(change, toldAsWatchers)).sum();
    }

    private static int watcherWeight(TicketChange change) {
        return NotificationRules.watcherNoticeOf(change).map(notice -> notice.kind() == NotificationKind.WATCHED_STATUS ? 1 : 0)
                .orElse(2);
    }

    /** {@code toldAsWatchers}: "ticket id/username" of the watchers told in this batch already. */
    private int notify(TicketChange change, Set<String> toldAsWatchers) {
        var notice = NotificationRules.noticeOf(change);
        var watcherNotice = NotificationRules.watcherNoticeOf(change);
        if (notice.isEmpty() && watcherNotice.isEmpty()) {
            return 0;
        }
        var ticket = em.find(Ticket.class, change.ticket().id());
        if (ticket == null) {
            return 0;
        }
        var recipients = new ArrayList<User>();
        int sent = 0;
        if (notice.isPresent()) {
            recipients.addAll(audience(notice.get(), ticket));
            recipients.removeIf(user -> user.username().equals(change.by().username()));
            sent += notifier.notify(recipients, ticket, notice.get().kind(), arguments(notice.get().kind(), change), messageOf(change));
        }
        if (watcherNotice.isPresent()) {
            // Whoever the change told already, or made it, hears nothing more from watching.
            var watchers = ticket.watchers().stream()
                    .filter(user -> !watcherNotice.get().staffOnly() || user.isStaff())
                    .filter(user -> !user.username().equals(change.by().username()))
                    .filter(user -> !recipients.contains(user))
                    .filter(user -> toldAsWatchers.add(ticket.id() + "/" + user.username()))
                    .toList();
            sent += notifier.notifyWatchers(watchers, ticket, watcherNotice.get().kind(), List.of(nameOf(change)), messageOf(change));
        }
        return sent;
    }

    private List<User> audience(NotificationRules.Notice notice, Ticket ticket) {
        return switch (notice.audience()) {
            case USER -> people.user(notice.username()).stream().toList();
            case ASSIGNEE -> ticket.assignee() == null ? List.of() : List.of(ticket.assignee());
            case ASSIGNEE_OR_TEAM -> ticket.assignee() != null ? List.of(ticket.assignee())
                    : ticket.team() == null ? List.of() : List.copyOf(ticket.team().members());
        };
    }

    private List<String> arguments(NotificationKind kind, TicketChange change) {
        return switch (kind) {
            case ASSIGNED, REQUESTER_REPLIED -> List.of(nameOf(change));
            case SLA_WARNING, SLA_BREACHED -> List.of(((FieldChanged) change).field().storedName());
            // Automation rules send these themselves, naming the rule; no ticket event does.
            case RULE -> throw new IllegalArgumentException("no ticket event notifies as a rule");
            case MENTIONED, WATCHED_REPLY, WATCHED_NOTE, WATCHED_STATUS -> List.of(nameOf(change));
        };
    }

    private static Long messageOf(TicketChange change) {
        return change instanceof MessagePosted posted ? posted.messageId() : null;
    }

    private String nameOf(TicketChange change) {
        if (change.by().system()) {
            return BILET;
        }
        return people.user(change.by().username()).map(User::displayName).orElse(change.by().username());
    }
}
