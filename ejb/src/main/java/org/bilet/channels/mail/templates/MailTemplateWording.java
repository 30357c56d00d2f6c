package org.bilet.channels.mail.templates;

/**
 * A wording an administrator sends: subject line and text with {@code {{placeholders}}}; for a
 * save, the version it was meant for (none: whatever is there is replaced).
 */
public record MailTemplateWording(String subject, String body, Long version) {

    public MailTemplateWording(String subject, String body) {
        this(subject, body, null);
    }
}
