package org.bilet.tickets.attachments;

/** A file's content as stored: its hash names it. */
public record StoredFile(String sha256, long size, String contentType) {
}
