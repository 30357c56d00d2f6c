package org.bilet.web.notifications;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.bilet.notifications.Notifications;
import org.bilet.web.session.UserSession;

/**
 * The bell of the desk's top bar: the unread count, refreshed by a light poll, and the newest
 * notifications, read only when the list is opened.
 */
@Named
@ViewScoped
public class NotificationBell implements Serializable {

    private static final long serialVersionUID = 1L;

    /** As many as fit the overlay; the API pages through the rest. */
    static final int SHOWN = 10;

    /** A notification worded for the reader. */
    public record Shown(long id, String ticket, String subject, String text, Instant createdAt, boolean read) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    Notifications notifications;

    @Inject
    UserSession me;

    private Long unread;
    private List<Shown> items;

    public long getUnread() {
        if (unread == null) {
            refresh();
        }
        return unread;
    }

    /** The poll's work: the count only, one index lookup. */
    public void refresh() {
        unread = notifications.unreadCount();
    }

    /** Null until the list is opened, so that pages do not read it for nothing. */
    public List<Shown> getItems() {
        return items;
    }

    public boolean isLoaded() {
        return items != null;
    }

    public void load() {
        var inbox = notifications.inbox(false, 0, SHOWN);
        unread = inbox.unread();
        items = inbox.items().stream()
                .map(n -> new Shown(n.id(), n.ticket(), n.subject(), NotificationTexts.text(n, me.getLocale()), n.createdAt(), n.read()))
                .toList();
    }

    public void markRead(long id) {
        notifications.markRead(id);
        load();
    }

    public void markAllRead() {
        notifications.markAllRead();
        load();
    }
}
