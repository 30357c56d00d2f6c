package org.bilet.channels.intake;

/**
 * Whether this server listens to a mailbox with IMAP IDLE, as administrators see it beside the
 * mailbox. Whatever the state, the mailbox is also polled at its interval.
 */
public enum IdleState {
    /** Not asked for, or the mailbox is off. */
    OFF,
    /** Signing in to start listening. */
    CONNECTING,
    /** New mail is read as it arrives. */
    LISTENING,
    /** The server does not offer IDLE: the mailbox is read at its interval only. */
    NOT_OFFERED,
    /** The connection failed; tried again after a pause that grows up to five minutes. */
    RETRYING
}
