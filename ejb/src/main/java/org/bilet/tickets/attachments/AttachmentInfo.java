package org.bilet.tickets.attachments;

import java.io.Serializable;
import java.time.Instant;
import org.bilet.tickets.PersonRef;

/** A file of a ticket; {@code messageId} names the reply or note it came with, if any. */
public record AttachmentInfo(long id, Long messageId, String fileName, String contentType, long size, String sha256,
                             PersonRef uploadedBy, Instant uploadedAt) implements Serializable {

    public static AttachmentInfo of(Attachment a) {
        return new AttachmentInfo(a.id(), a.message() == null ? null : a.message().id(), a.fileName(), a.contentType(),
                a.sizeBytes(), a.sha256(), PersonRef.of(a.uploadedBy()), a.uploadedAt());
    }
}
