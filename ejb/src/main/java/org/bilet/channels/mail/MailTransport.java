package org.bilet.channels.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Properties;

/**
 * The way out to the SMTP server of the server's mail session ({@code java:jboss/mail/bilet}, set up
 * from BILET_SMTP_* by the server's configuration). Bilet sends through a session of its own made
 * from that one's settings, adding what WildFly cannot express: time limits, so a hanging server
 * fails an attempt instead of holding a sender; STARTTLS required when TLS is on, so a password
 * never goes in clear; and no login at all when no user is configured (the mail subsystem refuses an
 * empty user, so the server's configuration says {@value #NO_LOGIN} for "none"). The password stays
 * with the server's session, asked only when the SMTP server wants it.
 */
@ApplicationScoped
public class MailTransport {

    /** The user of the server's session when BILET_SMTP_USER is unset (see configure.cli). */
    static final String NO_LOGIN = "(none)";

    static final String CONNECT_TIMEOUT_MILLIS = "10000";
    static final String READ_TIMEOUT_MILLIS = "60000";

    @Inject
    Session server;

    private Session session;
    private InternetAddress from;

    @PostConstruct
    void init() {
        session = Session.getInstance(properties(server.getProperties()), new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return server.requestPasswordAuthentication(getRequestingSite(), getRequestingPort(),
                        getRequestingProtocol(), getRequestingPrompt(), getDefaultUserName());
            }
        });
        from = fromAddress(session.getProperty("mail.from"));
    }

    /** The server's settings with Bilet's additions. */
    static Properties properties(Properties serverSettings) {
        var properties = new Properties();
        serverSettings.stringPropertyNames().forEach(name -> properties.setProperty(name, serverSettings.getProperty(name)));
        properties.putIfAbsent("mail.smtp.connectiontimeout", CONNECT_TIMEOUT_MILLIS);
        properties.putIfAbsent("mail.smtp.timeout", READ_TIMEOUT_MILLIS);
        properties.putIfAbsent("mail.smtp.writetimeout", READ_TIMEOUT_MILLIS);
        if (Boolean.parseBoolean(properties.getProperty("mail.smtp.starttls.enable"))) {
            properties.setProperty("mail.smtp.starttls.required", "true");
        }
        var user = properties.getProperty("mail.smtp.user");
        if (user == null || user.isBlank() || user.equals(NO_LOGIN)) {
            properties.remove("mail.smtp.user");
            properties.setProperty("mail.smtp.auth", "false");
        }
        return properties;
    }

    static InternetAddress fromAddress(String configured) {
        try {
            return MailAddresses.forHeader(configured == null || configured.isBlank() ? "bilet@localhost" : configured);
        } catch (AddressException e) {
            throw new IllegalStateException("BILET_MAIL_FROM is not an e-mail address: " + configured, e);
        }
    }

    Session session() {
        return session;
    }

    /** Whom Bilet's messages come from (BILET_MAIL_FROM). */
    InternetAddress from() {
        return from;
    }

    /** Bilet's own address (BILET_MAIL_FROM), in lower case: mail from it coming back is Bilet's, not a person's. */
    public String ownAddress() {
        return from.getAddress().toLowerCase(java.util.Locale.ROOT);
    }

    /** The domain of Bilet's own address, where the Message-IDs it makes live. */
    String messageIdDomain() {
        var address = from.getAddress();
        return address.substring(address.lastIndexOf('@') + 1);
    }

    /** A connection to the SMTP server for a run of messages; close it when the run ends. */
    SmtpConnection connection() {
        return new SmtpConnection(session);
    }
}
