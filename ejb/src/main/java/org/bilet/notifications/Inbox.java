package org.bilet.notifications;

import java.util.List;

/** One page of a person's notifications, newest first, with how many of all of theirs are unread. */
public record Inbox(long unread, List<NotificationInfo> items) {
}
