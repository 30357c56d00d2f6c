package org.bilet.tickets.contacts;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import org.bilet.tickets.PersonRef;

/**
 * A logged call or chat as the API and screens show it; {@code type} "call" or "chat",
 * {@code direction} "inbound" or "outbound" (calls), {@code text} the summary or transcript, plain.
 */
public record ContactDetails(long id, String type, String direction, String phone, Long durationSeconds,
                             Boolean missed, String text, String chatReference, boolean internal,
                             Instant occurredAt, Instant loggedAt, PersonRef loggedBy) implements Serializable {

    public static ContactDetails of(TicketContact c) {
        var call = c.kind() == ContactKind.CALL;
        return new ContactDetails(c.id(), c.kind().apiName(),
                call ? c.direction().name().toLowerCase(Locale.ROOT) : null, c.phone(), c.durationSeconds(),
                call ? c.missed() : null, c.content(), c.chatReference(), c.internal(), c.occurredAt(), c.loggedAt(),
                PersonRef.of(c.loggedBy()));
    }

    /** The duration as minutes and seconds, "3:07"; null when not known. Not a JSON member (no getter name). */
    public String minutesAndSeconds() {
        return durationSeconds == null ? null
                : durationSeconds / 60 + ":" + String.format(Locale.ROOT, "%02d", durationSeconds % 60);
    }
}
