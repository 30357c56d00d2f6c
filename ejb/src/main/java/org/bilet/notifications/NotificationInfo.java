package org.bilet.notifications;

import java.time.Instant;
import java.util.List;

/** A notification as its reader gets it; the boundary words it from {@code kind} and {@code arguments}. */
public record NotificationInfo(long id, NotificationKind kind, String ticket, String subject, List<String> arguments,
                               Instant createdAt, boolean read) {

    public static NotificationInfo of(Notification n) {
        return new NotificationInfo(n.id(), n.kind(), n.ticketNumber(), n.ticketSubject(), n.arguments(),
                n.createdAt(), n.isRead());
    }
}
