package org.bilet.notifications;

import java.util.Optional;
import java.util.Set;
import org.bilet.tickets.TicketField;
import org.bilet.tickets.events.FieldChanged;
import org.bilet.tickets.events.MessagePosted;
import org.bilet.tickets.events.StatusMoved;
import org.bilet.tickets.events.TicketChange;

/**
 * Which ticket events notify whom: the rules alone, without the database, so they are unit-tested.
 * {@link TicketNotices} finds the people an {@link Audience} names and leaves out whoever made the
 * change.
 */
public final class NotificationRules {

    /** Who is told, as the ticket stands when the notice is sent. */
    public enum Audience {
        /** The named user. */
        USER,
        /** The assignee; nobody when the ticket is unassigned. */
        ASSIGNEE,
        /** The assignee, or every member of the ticket's team when nobody is assigned. */
        ASSIGNEE_OR_TEAM
    }

    /** What to tell and to whom; {@code username} only for {@link Audience#USER}. */
    public record Notice(NotificationKind kind, Audience audience, String username) {
    }

    private static final Set<TicketField> PROMISES = Set.of(
            TicketField.FIRST_RESPONSE_SLA, TicketField.NEXT_RESPONSE_SLA, TicketField.RESOLUTION_SLA);

    private NotificationRules() {
    }

    public static Optional<Notice> noticeOf(TicketChange change) {
        if (change instanceof FieldChanged changed) {
            return ofField(changed);
        }
        // Notes are internal and staff's replies are their own work: only the requester's side's public word counts.
        if (change instanceof MessagePosted posted && !posted.internal() && !posted.by().staff() && !posted.by().system()) {
            return Optional.of(new Notice(NotificationKind.REQUESTER_REPLIED, Audience.ASSIGNEE, null));
        }
        return Optional.empty();
    }

    /** What a change tells the ticket's watchers; staff only: requester-side watchers are not told. */
    public record WatcherNotice(NotificationKind kind, boolean staffOnly) {
    }

    /**
     * What the ticket's watchers hear of a change: public messages and status moves (everyone
     * watching), internal notes (staff watching only). Bilet's own work and imports tell nobody.
     */
    public static Optional<WatcherNotice> watcherNoticeOf(TicketChange change) {
        if (change.by().system() || change.imported()) {
            return Optional.empty();
        }
        if (change instanceof MessagePosted posted) {
            return Optional.of(posted.internal() ? new WatcherNotice(NotificationKind.WATCHED_NOTE, true)
                    : new WatcherNotice(NotificationKind.WATCHED_REPLY, false));
        }
        if (change instanceof StatusMoved) {
            return Optional.of(new WatcherNotice(NotificationKind.WATCHED_STATUS, false));
        }
        return Optional.empty();
    }

    private static Optional<Notice> ofField(FieldChanged changed) {
        if (PROMISES.contains(changed.field())) {
            return switch (changed.newValue() == null ? "" : changed.newValue()) {
                case "WARNING" -> Optional.of(new Notice(NotificationKind.SLA_WARNING, Audience.ASSIGNEE_OR_TEAM, null));
                case "BREACHED" -> Optional.of(new Notice(NotificationKind.SLA_BREACHED, Audience.ASSIGNEE_OR_TEAM, null));
                default -> Optional.empty();
            };
        }
        if (changed.field().equals(TicketField.ASSIGNEE) && changed.newValue() != null
                && !changed.newValue().equals(changed.by().username())) {
            return Optional.of(new Notice(NotificationKind.ASSIGNED, Audience.USER, changed.newValue()));
        }
        return Optional.empty();
    }
}
