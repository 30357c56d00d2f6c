package org.bilet.channels.mail;

/** A mail's words, rendered for one reader: its subject, plain text and HTML alternative. */
public record Letter(String subject, String text, String html) {
}
