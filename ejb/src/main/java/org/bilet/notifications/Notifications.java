package org.bilet.notifications;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import org.bilet.people.CurrentUser;
import org.bilet.people.Roles;
import org.bilet.platform.Page;
import org.bilet.platform.ResourceNotFoundException;

/**
 * A person's own notifications: the unread count, a page of the list, marking read. Someone
 * else's notification is as unknown as a missing one. Counting and paging follow the indexes on
 * (recipient, read at, created at) and (recipient, created at).
 */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class Notifications {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public long unreadCount() {
        return em.createNamedQuery(Notification.COUNT_UNREAD, Long.class)
                .setParameter("recipient", currentUser.get())
                .getSingleResult();
    }

    /** A page of the caller's notifications (only the unread ones if asked), newest first. */
    public Inbox inbox(boolean unreadOnly,
                       @Min(value = 0, message = "Pages start at 0.") int page,
                       @Min(value = 1, message = "A page has at least {value} item.")
                       @Max(value = Page.MAX_SIZE, message = "A page has at most {value} items.") int size) {
        var items = em.createNamedQuery(unreadOnly ? Notification.UNREAD_OF_RECIPIENT : Notification.OF_RECIPIENT, Notification.class)
                .setParameter("recipient", currentUser.get())
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultStream()
                .map(NotificationInfo::of)
                .toList();
        return new Inbox(unreadCount(), items);
    }

    public NotificationInfo markRead(long id) {
        var notification = em.find(Notification.class, id);
        if (notification == null || !notification.isFor(currentUser.get())) {
            throw new ResourceNotFoundException("You have no notification " + id + ".");
        }
        notification.markRead(clock.instant());
        return NotificationInfo.of(notification);
    }

    /** Marks every unread notification of the caller read; returns how many there were. */
    public int markAllRead() {
        return em.createNamedQuery(Notification.MARK_ALL_READ)
                .setParameter("now", clock.instant())
                .setParameter("recipient", currentUser.get())
                .executeUpdate();
    }
}
