package org.bilet.channels.mail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A message to queue. Built from {@link #of} with the named {@code with…} methods; the canonical
 * constructor stays for whoever needs it. Addresses are written as people write them
 * ({@code "a@b.example"} or {@code "Name <a@b.example>"}); {@link Mailer#queue} checks them all.
 *
 * @param purpose    what the message is for, for the delivery log: {@code ticket-notice:BIL-000123},
 *                   {@code report:weekly-kpi}…
 * @param inReplyTo  the Message-ID ({@code <…@…>}) this one answers, for threading; optional
 * @param references the thread's Message-IDs, oldest first; optional
 */
public record OutgoingMailDraft(String purpose, List<String> recipients, String replyTo, String subject, String text,
                                String html, List<Attachment> attachments, String inReplyTo, List<String> references) {

    /** A file to attach; the bytes are copied when the message is queued. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    public OutgoingMailDraft {
        recipients = copy(recipients);
        attachments = copy(attachments);
        references = copy(references);
    }

    /** Unmodifiable, but keeping a null element for {@link Mailer#queue} to name rather than failing here. */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    public static OutgoingMailDraft of(String purpose, List<String> recipients, String subject, String text) {
        return new OutgoingMailDraft(purpose, recipients, null, subject, text, null, null, null, null);
    }

    public OutgoingMailDraft withReplyTo(String address) {
        return new OutgoingMailDraft(purpose, recipients, address, subject, text, html, attachments, inReplyTo, references);
    }

    /** An HTML alternative to the plain text, which stays the part every client can read. */
    public OutgoingMailDraft withHtml(String body) {
        return new OutgoingMailDraft(purpose, recipients, replyTo, subject, text, body, attachments, inReplyTo, references);
    }

    public OutgoingMailDraft withAttachment(String fileName, String contentType, byte[] content) {
        var all = new ArrayList<>(attachments);
        all.add(new Attachment(fileName, contentType, Objects.requireNonNull(content)));
        return new OutgoingMailDraft(purpose, recipients, replyTo, subject, text, html, all, inReplyTo, references);
    }

    /** Threads this message under {@code messageId}, after the earlier {@code references} of the thread. */
    public OutgoingMailDraft inReplyTo(String messageId, List<String> references) {
        return new OutgoingMailDraft(purpose, recipients, replyTo, subject, text, html, attachments, messageId, references);
    }
}
