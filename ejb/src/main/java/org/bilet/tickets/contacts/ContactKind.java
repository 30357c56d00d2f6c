package org.bilet.tickets.contacts;

import java.util.Locale;
import org.bilet.tickets.Channel;
import org.bilet.tickets.TicketField;

/** What was logged: a phone call or a chat transcript; the API writes them "call" and "chat". */
public enum ContactKind {
    CALL(Channel.PHONE, TicketField.CALL),
    CHAT(Channel.CHAT, TicketField.CHAT);

    private final Channel channel;
    private final TicketField historyField;

    ContactKind(Channel channel, TicketField historyField) {
        this.channel = channel;
        this.historyField = historyField;
    }

    /** The channel a ticket opened by such a contact came through. */
    public Channel channel() {
        return channel;
    }

    /** The field history records it under. */
    public TicketField historyField() {
        return historyField;
    }

    /** As the API writes it. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
