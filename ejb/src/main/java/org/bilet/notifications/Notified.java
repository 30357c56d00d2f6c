package org.bilet.notifications;

import java.util.List;
import org.bilet.people.User;
import org.bilet.tickets.Ticket;

/**
 * A notification was written, in the transaction that wrote it: observers (the mail copy) act
 * in that transaction, so a notification and its mail commit or roll back together.
 *
 * @param messageId the message the notification is about (a reply, a note that mentions), or null
 */
public record Notified(User recipient, Ticket ticket, NotificationKind kind, List<String> arguments, Long messageId) {
}
