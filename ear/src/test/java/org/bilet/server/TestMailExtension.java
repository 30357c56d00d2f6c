package org.bilet.server;

import java.net.URI;
import org.jboss.arquillian.container.spi.event.container.AfterStop;
import org.jboss.arquillian.container.spi.event.container.BeforeSetup;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Before Arquillian starts WildFly, starts the mail server of the tests: SMTP, which Bilet sends to,
 * at BILET_SMTP_HOST:BILET_SMTP_PORT (a port the build derives from it.port.offset), and IMAP at
 * {@link #IMAP_ABOVE_SMTP} above it, whose mailboxes Bilet reads. Tests read what arrived, put
 * mail into mailboxes, and may take the server away for a while to see Bilet retry. Does nothing
 * when BILET_SMTP_HOST is unset.
 */
public class TestMailExtension implements LoadableExtension {

    /** The IMAP port is the SMTP port plus this, as 3143 is to 3025. */
    public static final int IMAP_ABOVE_SMTP = 118;

    private static MailServer server;

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Mail.class);
    }

    public static class Mail {

        public void beforeSetup(@Observes BeforeSetup event) {
            start();
        }

        public void afterStop(@Observes AfterStop event) {
            stop();
        }
    }

    /** The running mail server. */
    public static synchronized MailServer mail() {
        if (server == null) {
            throw new IllegalStateException("no test mail server: BILET_SMTP_HOST is not set, or it is stopped");
        }
        return server;
    }

    /** Starts the server (again): what it received before is gone. */
    public static synchronized void start() {
        var host = System.getenv("BILET_SMTP_HOST");
        if (server != null || host == null || host.isBlank()) {
            return;
        }
        server = MailServer.withMailboxes(port(), imapPort(), java.util.Map.of(), "secret");
    }

    /** Takes the server away: Bilet's connections are refused until {@link #start()}. */
    public static synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Where the test mail server answers IMAP. */
    public static int imapPort() {
        return port() + IMAP_ABOVE_SMTP;
    }

    private static int port() {
        var port = System.getenv("BILET_SMTP_PORT");
        if (port == null || port.isBlank()) {
            throw new IllegalStateException("BILET_SMTP_HOST is set without BILET_SMTP_PORT");
        }
        return Integer.parseInt(port.strip());
    }
}
