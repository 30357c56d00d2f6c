package org.bilet.tickets;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.bilet.tickets.attachments.AttachmentInfo;

/** A reply or note; format says whether body is plain text (escape it) or sanitized HTML. */
public record MessageDetails(long id, PersonRef author, boolean internal, String body, RichText.Format format,
                             Instant createdAt, List<AttachmentInfo> attachments) implements Serializable {

    static MessageDetails of(Message m, List<AttachmentInfo> attachments) {
        return new MessageDetails(m.id(), PersonRef.of(m.author()), m.internal(), m.body(), m.bodyFormat(), m.createdAt(),
                List.copyOf(attachments));
    }
}
