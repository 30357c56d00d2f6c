package org.bilet.channels.intake;

/** What became of a message Bilet read from a mailbox. */
public enum Outcome {
    /** It opened a ticket. */
    TICKET_OPENED,
    /** It is a reply on the ticket it answers. */
    REPLY_ADDED,
    /** It names a ticket but comes from someone not part of it: an internal note for staff to review. */
    HELD_FOR_REVIEW,
    /** An out-of-office, bulk or list mail, or a read receipt: nothing created, nothing answered. */
    AUTOMATIC,
    /** A delivery failure report. */
    BOUNCE,
    /** Mail from Bilet's own addresses. */
    OWN_MAIL,
    /** From an address no user has, to a mailbox that refuses strangers. */
    UNKNOWN_SENDER,
    /** The sender sent more than the hourly limit. */
    RATE_LIMITED,
    /** Not something Bilet can read as mail (no sender, broken). */
    UNREADABLE,
    /** Bilet could not store it (the reason is logged); it stays in the mailbox for a person to see. */
    FAILED,
    /** Already stored: read again, after a crash, or through another mailbox. Not logged as a row of its own. */
    DUPLICATE
}
