package org.bilet.tickets.attachments;

import java.nio.file.Path;

/** An attachment ready for download: what it is and where its bytes are. */
public record AttachmentContent(AttachmentInfo info, Path file) {
}
