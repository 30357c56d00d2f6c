package org.bilet.tickets.contacts;

import java.time.Instant;

/**
 * A phone call or chat to log, as the API's JSON reads it; checked by {@link ContactCheck}, which
 * names each wrong member.
 *
 * @param type            "call" or "chat"
 * @param direction       calls: "inbound" or "outbound"
 * @param phone           calls: the other party's number, written as people do ("+48 22 555-01-73")
 * @param durationSeconds calls: how long it lasted, 0 or more; none for a missed call
 * @param missed          calls: nobody answered
 * @param summary         calls: what was said, plain text (markup is read as text, scripts dropped)
 * @param transcript      chats: the conversation, plain text
 * @param chatReference   chats: the chat system's session or conversation id
 * @param internal        only staff may read it (default: the requester sees it too)
 * @param occurredAt      when it happened (default: now); never in the future
 */
public record NewContact(String type, String direction, String phone, Long durationSeconds, Boolean missed,
                         String summary, String transcript, String chatReference, Boolean internal,
                         Instant occurredAt) {

    /** An answered call with a summary, for code and tests. */
    public static NewContact call(CallDirection direction, String phone, long durationSeconds, String summary) {
        return new NewContact("call", direction.name(), phone, durationSeconds, false, summary, null, null, false, null);
    }

    /** A chat transcript, for code and tests. */
    public static NewContact chat(String transcript, String chatReference) {
        return new NewContact("chat", null, null, null, null, null, transcript, chatReference, false, null);
    }

    public NewContact asInternal(boolean isInternal) {
        return new NewContact(type, direction, phone, durationSeconds, missed, summary, transcript, chatReference,
                isInternal, occurredAt);
    }

    public NewContact asMissed() {
        return new NewContact(type, direction, phone, null, true, summary, transcript, chatReference, internal, occurredAt);
    }
}
