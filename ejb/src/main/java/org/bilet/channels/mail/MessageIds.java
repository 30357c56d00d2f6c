package org.bilet.channels.mail;

import java.util.UUID;
import java.util.regex.Pattern;

/** RFC 5322 Message-IDs: {@code <left@right>}, made once per message when it is queued. */
final class MessageIds {

    static final int MAX_LENGTH = 250;

    /** Printable ASCII without spaces, angle brackets or a second {@code @}: a msg-id as clients thread by it. */
    private static final Pattern MESSAGE_ID = Pattern.compile("<[!-;=?A-~&&[^@<>]]+@[!-;=?A-~&&[^@<>]]+>");

    private MessageIds() {
    }

    /** A new Message-ID that no other message has: a random UUID at {@code domain}. */
    static String next(String domain) {
        return "<" + UUID.randomUUID() + "@" + domain + ">";
    }

    /**
     * The thread every mail about one ticket refers to, so that mail clients keep them together and
     * an answer to any of them names the ticket in its References.
     */
    static String ticketThread(String ticketNumber, String domain) {
        return "<ticket." + ticketNumber + "@" + domain + ">";
    }

    static boolean isValid(String messageId) {
        return messageId != null && messageId.length() <= MAX_LENGTH && MESSAGE_ID.matcher(messageId).matches();
    }
}
