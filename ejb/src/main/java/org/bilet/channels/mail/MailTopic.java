package org.bilet.channels.mail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Each kind of mail Bilet writes to people about a ticket: whom it is for, and the placeholders
 * its template may use ({@link LetterTemplate}). The same names key a person's choice of which
 * mails they get and an administrator's edited wording.
 */
public enum MailTopic {

    /** The acknowledgment of a new ticket, with its number and a portal link. */
    RECEIVED(Reader.REQUESTER),
    /** Staff replied to the requester. */
    REPLIED(Reader.REQUESTER, "content"),
    /** Staff wait on the requester's answer. */
    WAITING(Reader.REQUESTER),
    /** The ticket is resolved, with the resolution and a link to rate the work. */
    RESOLVED(Reader.REQUESTER, "content", "survey"),
    /** The ticket went into another one, which the requester follows from now on. */
    MERGED(Reader.REQUESTER, "mergedInto"),

    /** Someone assigned the ticket to the reader. */
    ASSIGNED(Reader.STAFF),
    /** The requester replied on the reader's ticket. */
    REQUESTER_REPLIED(Reader.STAFF, "content"),
    /** Someone mentioned the reader in an internal note. */
    MENTIONED(Reader.STAFF, "content"),
    /** A promise of the ticket's SLA is nearly used up. */
    SLA_WARNING(Reader.STAFF, "promise"),
    /** A promise of the ticket's SLA is broken. */
    SLA_BREACHED(Reader.STAFF, "promise"),
    /** An automation rule asks the reader to look at the ticket. */
    RULE(Reader.STAFF, "rule"),
    /** A public message on a ticket the reader watches (staff or the requester's colleagues). */
    WATCHED_REPLY(Reader.ANYONE, "content"),
    /** An internal note on a ticket the reader watches; staff only. */
    WATCHED_NOTE(Reader.STAFF, "content"),
    /** The status of a ticket the reader watches changed. */
    WATCHED_STATUS(Reader.ANYONE);

    /** Whom a topic's mail is written for: a ticket's requester, staff, or anyone watching. */
    public enum Reader { REQUESTER, STAFF, ANYONE }

    /** What every template may use: the reader's name, the ticket's number, subject and link, who acted. */
    public static final Set<String> COMMON = Collections.unmodifiableSet(new LinkedHashSet<>(List.of("name", "number", "subject", "link", "by")));

    private final Reader reader;
    private final List<String> own;

    MailTopic(Reader reader, String... own) {
        this.reader = reader;
        this.own = List.of(own);
    }

    public Reader reader() {
        return reader;
    }

    /**
     * Whether someone on staff (or not) can receive this topic: staff's mails reach staff only; the
     * requester's reach staff too, who report problems of their own.
     */
    public boolean reaches(boolean staff) {
        return reader != Reader.STAFF || staff;
    }

    /**
     * Whether staff answering such a mail talk to colleagues (an internal note) rather than to the
     * requester: every mail about staff's work except the requester's reply, which they answer.
     */
    public boolean answeredInternally() {
        return reader == Reader.STAFF && this != REQUESTER_REPLIED;
    }

    /** Every placeholder this topic's template may use. */
    public boolean knows(String placeholder) {
        return COMMON.contains(placeholder) || own.contains(placeholder);
    }

    /** Every placeholder this topic's template may use, in order: the common ones, then its own. */
    public List<String> placeholders() {
        var all = new ArrayList<>(COMMON);
        all.addAll(own);
        return List.copyOf(all);
    }
}
