package org.bilet.it;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** What tests read of a message the test mail server received: its subject, its recipient, its text and HTML parts, its attachment. */
public final class MailParts {

    private MailParts() {
    }

    /** The subject, or "" when there is none. */
    public static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address of the first To recipient, or "" when there is none. */
    public static String to(MimeMessage message) {
        try {
            var to = message.getRecipients(Message.RecipientType.TO);
            return to == null || to.length == 0 ? "" : ((InternetAddress) to[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(MimeMessage message) {
        return part(message, "text/plain").orElseThrow(() -> new AssertionError("no text/plain part"));
    }

    public static String html(MimeMessage message) {
        return part(message, "text/html").orElseThrow(() -> new AssertionError("no text/html part"));
    }

    /** The message itself or its first part of that type, as text. */
    public static Optional<String> part(MimeMessage message, String type) {
        try {
            if (message.isMimeType(type)) {
                return Optional.of((String) message.getContent());
            }
            var multipart = (Multipart) message.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                if (multipart.getBodyPart(i).isMimeType(type)) {
                    return Optional.of((String) multipart.getBodyPart(i).getContent());
                }
            }
            return Optional.empty();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first part attached as a file. */
    public static Part attachment(MimeMessage message) {
        try {
            var parts = (Multipart) message.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                var part = parts.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    return part;
                }
            }
            throw new AssertionError("no attachment in " + subject(message));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
