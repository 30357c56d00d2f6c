package org.bilet.notifications;

/**
 * What a notification says, each worded by the web bundle {@code notifications} under
 * {@code notification.<KIND>}, with the arguments it was sent with as {@code {0}}, {@code {1}}…
 * A new kind needs its text in every language (the bundle test checks it).
 */
public enum NotificationKind {
    /** Someone else assigned the ticket to the recipient; {0}: who. */
    ASSIGNED,
    /** The requester replied on the recipient's ticket; {0}: the requester's name. */
    REQUESTER_REPLIED,
    /** A promise of the ticket's SLA is nearly used up; {0}: the promise, as its ticket field's stored name. */
    SLA_WARNING,
    /** A promise of the ticket's SLA is broken; {0}: the promise, as its ticket field's stored name. */
    SLA_BREACHED,
    /** An automation rule says to tell the recipient about the ticket; {0}: the rule's name. */
    RULE,
    /** Someone mentioned the recipient (@username) in an internal note; {0}: who. */
    MENTIONED,
    /** A public message on a ticket the recipient watches; {0}: who wrote it. */
    WATCHED_REPLY,
    /** An internal note on a ticket the recipient (staff) watches; {0}: who wrote it. */
    WATCHED_NOTE,
    /** The status of a ticket the recipient watches changed; {0}: who changed it. */
    WATCHED_STATUS
}
