package org.bilet.channels.mail;

import jakarta.persistence.Basic;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import java.util.Objects;

/** A file attached to an outgoing message, kept with it until it is sent. */
@Embeddable
public class MailAttachment {

    private String fileName;
    private String contentType;
    private int size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected MailAttachment() {
    }

    MailAttachment(String fileName, String contentType, byte[] content) {
        this.fileName = Objects.requireNonNull(fileName);
        this.contentType = Objects.requireNonNull(contentType);
        this.content = content.clone();
        this.size = content.length;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public int size() {
        return size;
    }

    byte[] content() {
        return content;
    }
}
