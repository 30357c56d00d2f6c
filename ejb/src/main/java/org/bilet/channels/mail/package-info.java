/**
 * Outgoing mail, one way for every capability that mails (ticket notifications, scheduled
 * reports): {@link org.bilet.channels.mail.Mailer#queue} writes the message into a persistent
 * outbox in the caller's transaction, so a change that rolls back mails nothing; once it commits,
 * the message is handed to a sender at once, and {@link org.bilet.channels.mail.MailWatch} picks up
 * what is due for a retry. Each message is claimed with its row locked, so no two senders send it.
 */
package org.bilet.channels.mail;
