package org.bilet.channels.intake;

/** What a mailbox does with mail from an address no user has. */
public enum UnknownSenders {
    /** The sender becomes a requester (without a password) and gets a ticket. */
    CREATE_REQUESTER,
    /** Nothing is created; the message is logged as refused and left in the mailbox. */
    REFUSE
}
