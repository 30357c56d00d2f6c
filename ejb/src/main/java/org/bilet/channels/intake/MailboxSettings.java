package org.bilet.channels.intake;

/**
 * A mailbox as an administrator sets it up (the API's JSON members). The password is needed when
 * the mailbox is added; a change without one keeps the stored password. Port: 993 with SSL, 143
 * without, unless given; folder INBOX; poll every 60 s; strangers become requesters; IMAP IDLE
 * where the server offers it. Checked as a whole by {@link Mailboxes}, so that every mistake is
 * named at once.
 *
 * @param team the key of the team its new tickets go to; empty: routing decides
 * @param idle whether to listen for new mail with IMAP IDLE between polls (see {@link MailboxListeners})
 */
public record MailboxSettings(String address, String host, Integer port, String username, String password, String folder,
                              Boolean ssl, String team, Integer pollSeconds, UnknownSenders unknownSenders, Boolean active,
                              Boolean idle) {

    static final int DEFAULT_POLL_SECONDS = 60;
    static final int MIN_POLL_SECONDS = 10;
    static final int MAX_POLL_SECONDS = 3600;
}
