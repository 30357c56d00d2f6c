package org.bilet.channels.mail;

import java.time.Instant;
import java.util.List;

/**
 * An outbox entry as administrators see it: who it went to, how delivery went, every attempt. The
 * bodies and the files' bytes stay in the outbox; nothing here comes from the SMTP settings.
 *
 * @param attempts failed attempts in a row since it was queued (or queued again): what the backoff counts
 */
public record OutgoingMailInfo(long id, String messageId, String purpose, List<String> recipients, String subject,
                               MailState state, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
                               Instant sentAt, List<AttachmentInfo> attachments, List<AttemptInfo> deliveryLog) {

    /** A file sent with the message. */
    public record AttachmentInfo(String fileName, String contentType, int size) {
    }

    /** One attempt: when, and its error (null for the one that sent it). */
    public record AttemptInfo(Instant at, String error) {
    }
}
