package org.bilet.channels.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * One SMTP connection kept open for a run of messages by one sender at a time: the greeting, EHLO,
 * STARTTLS and login are paid once per run instead of once per message. Opened at the first
 * message; after an error it is closed and the next message opens a new one, so one refused
 * message never spoils the connection for the rest.
 */
public final class SmtpConnection implements AutoCloseable {

    /** A connection used this recently is taken as open; an older one is asked (a NOOP) first. */
    private static final long TRUSTED_NANOS = 5_000_000_000L;

    private final Session session;
    private Transport transport;
    private long lastUsed;

    SmtpConnection(Session session) {
        this.session = session;
    }

    /** Hands the message (already composed and saved) to the SMTP server; returns once it accepted it. */
    void send(MimeMessage message) throws MessagingException {
        try {
            if (transport != null && System.nanoTime() - lastUsed > TRUSTED_NANOS && !transport.isConnected()) {
                close();
            }
            if (transport == null) {
                transport = session.getTransport("smtp");
                transport.connect();
            }
            transport.sendMessage(message, message.getAllRecipients());
            lastUsed = System.nanoTime();
        } catch (MessagingException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // The connection is gone either way; the next message opens a new one.
            }
            transport = null;
        }
    }
}
