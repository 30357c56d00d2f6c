package org.bilet.tickets;

import java.io.Serializable;
import java.time.Instant;

/**
 * One thing that happened with a customer across channels: a message (public reply or internal
 * note) or a logged call or chat, with its ticket and the start of its text.
 *
 * @param kind    "message", "note", "call" or "chat"
 * @param channel the ticket's channel for messages, PHONE or CHAT for calls and chats
 */
public record ActivityEntry(Instant at, String ticket, String subject, String kind, Channel channel, PersonRef by,
                            String excerpt, boolean internal) implements Serializable {

    static final int EXCERPT = 200;

    static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        var line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT - 1) + "…";
    }
}
