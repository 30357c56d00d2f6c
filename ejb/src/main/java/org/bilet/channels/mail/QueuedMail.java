package org.bilet.channels.mail;

/** What {@link Mailer#queue} answers: the outbox entry and the Message-ID later mails may thread under. */
public record QueuedMail(long id, String messageId) {
}
