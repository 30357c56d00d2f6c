package org.bilet.server;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Properties;
import java.util.List;
import java.util.Map;

/**
 * A mail server in this JVM (GreenMail): SMTP that accepts any message for anyone without a login,
 * and, where asked, IMAP to read the mailboxes with. For the run command without BILET_SMTP_HOST and
 * for the tests.
 */
public final class MailServer implements AutoCloseable {

    private final GreenMail greenMail;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /**
     * SMTP and IMAP on 127.0.0.1, with a mailbox for each address in {@code logins} (address → IMAP
     * login), each with {@code password}.
     */
    public static MailServer withMailboxes(int smtpPort, int imapPort, Map<String, String> logins, String password) {
        var server = start(setup(smtpPort, ServerSetup.PROTOCOL_SMTP), setup(imapPort, ServerSetup.PROTOCOL_IMAP));
        logins.forEach((address, login) -> server.greenMail.setUser(address, login, password));
        return server;
    }

    private static MailServer start(ServerSetup... setups) {
        // SMTP takes anyone's mail without a login, as a relay inside a company does; IMAP takes the logins set up.
        var greenMail = new GreenMail(setups).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return new MailServer(greenMail);
    }

    private static ServerSetup setup(int port, String protocol) {
        return new ServerSetup(port, "127.0.0.1", protocol);
    }

    /**
     * Puts a message, as it would arrive from outside, into the mailbox of {@code address} (made with
     * that address as its IMAP login when there is none yet).
     */
    public void deliver(String address, byte[] raw) {
        var user = greenMail.getUserManager().getUserByEmail(address);
        if (user == null) {
            user = greenMail.setUser(address, address, "secret");
        }
        try {
            user.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
        } catch (MessagingException e) {
            throw new IllegalArgumentException("not a message: " + e.getMessage(), e);
        }
    }

    /** Every message received so far, for anyone. */
    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
