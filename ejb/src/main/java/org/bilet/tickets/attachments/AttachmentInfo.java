package org.bilet.tickets.attachments;

import java.time.Instant;
import org.bilet.tickets.PersonRef;

public record AttachmentInfo(long id, String fileName, String contentType, long size, String sha256,
                             PersonRef uploadedBy, Instant uploadedAt) {

    static AttachmentInfo of(Attachment a) {
        return new AttachmentInfo(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(),
                PersonRef.of(a.uploadedBy()), a.uploadedAt());
    }
}
