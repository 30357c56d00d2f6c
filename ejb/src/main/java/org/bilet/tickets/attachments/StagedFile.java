package org.bilet.tickets.attachments;

import java.io.Serializable;
import java.util.Objects;

/**
 * A file already streamed into the attachment store but not attached yet: what a form holds while
 * the reply or ticket it goes with is being sent, so that the slow part (the upload) happens before
 * the transaction and the attaching inside it. Only {@link TicketAttachments#stage} makes one, so
 * a caller cannot name content it never uploaded.
 */
public final class StagedFile implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String sha256;
    private final long size;
    private final String contentType;

    StagedFile(String name, StoredFile stored) {
        this.name = Objects.requireNonNull(name);
        this.sha256 = stored.sha256();
        this.size = stored.size();
        this.contentType = stored.contentType();
    }

    public String name() {
        return name;
    }

    public long size() {
        return size;
    }

    public String contentType() {
        return contentType;
    }

    StoredFile stored() {
        return new StoredFile(sha256, size, contentType);
    }

    @Override
    public String toString() {
        return name + " (" + size + " bytes)";
    }
}
