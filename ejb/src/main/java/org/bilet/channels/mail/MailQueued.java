package org.bilet.channels.mail;

/** A message was queued (or queued again); observed after commit to send it at once. */
public record MailQueued(long mailId) {
}
