package org.bilet.channels.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * E-mail addresses as people write them: {@code a@b.example} or {@code Name <a@b.example>}, one at
 * a time (a list in one string, a group or a line break is refused: a header is never injected).
 */
public final class MailAddresses {

    /** RFC 5321 limits a path to 256 octets; room for a display name besides. */
    static final int MAX_LENGTH = 400;

    private MailAddresses() {
    }

    /** The address, or why it is not one. */
    public static Optional<String> problemWith(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("An e-mail address is required.");
        }
        if (text.length() > MAX_LENGTH) {
            return Optional.of("An e-mail address has at most " + MAX_LENGTH + " characters.");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("An e-mail address is one line.");
        }
        try {
            parse(text);
            return Optional.empty();
        } catch (AddressException e) {
            return Optional.of("'" + text + "' is not an e-mail address.");
        }
    }

    /** One address, strictly; its display name may have any letters. */
    static InternetAddress parse(String text) throws AddressException {
        var address = new InternetAddress(text.strip(), true);
        address.validate();
        var mailbox = address.getAddress();
        int at = mailbox.lastIndexOf('@');
        if (address.isGroup() || at <= 0 || at == mailbox.length() - 1 || mailbox.indexOf('@') != at) {
            throw new AddressException("not a single mailbox", text);
        }
        return address;
    }

    /** The address ready for a header: the display name encoded per RFC 2047 in UTF-8 when it is not ASCII. */
    static InternetAddress forHeader(String text) throws AddressException {
        var address = parse(text);
        if (address.getPersonal() == null) {
            return address;
        }
        try {
            return new InternetAddress(address.getAddress(), address.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
