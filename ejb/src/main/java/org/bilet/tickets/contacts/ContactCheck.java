package org.bilet.tickets.contacts;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.bilet.people.PhoneNumber;
import org.bilet.platform.Problems;
import org.bilet.tickets.RichText;

/**
 * The rules of a call or chat to log, without the database: every wrong member of the request is
 * named at once, in the API's terms ({@code durationSeconds}, {@code transcript}). Texts are read as
 * plain text: anything that looks like markup is sanitized and its text kept, so a summary never
 * carries a script to whoever shows it.
 */
public final class ContactCheck {

    public static final int MAX_SUMMARY = 4000;
    public static final int MAX_TRANSCRIPT = 100_000;
    public static final int MAX_REFERENCE = 200;
    /** A call longer than a day is a typing error. */
    public static final long MAX_DURATION_SECONDS = Duration.ofDays(1).toSeconds();
    /** Clocks of phone systems drift: a call a few minutes "in the future" is taken as now. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** Earlier than any help desk's records; also keeps the time inside what the database stores. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    /** A contact that passed the rules: the number normalised, the text plain. */
    public record Checked(ContactKind kind, CallDirection direction, String phone, Long durationSeconds, boolean missed,
                          String text, String chatReference, boolean internal, Instant occurredAt) {
    }

    private ContactCheck() {
    }

    public static Checked check(NewContact contact, Instant now) {
        var problems = new Problems();
        var kind = choice(ContactKind.class, "type", contact.type(), problems);
        if (kind == null) {
            problems.throwIfAny();
        }
        var internal = Boolean.TRUE.equals(contact.internal());
        var occurredAt = contact.occurredAt() == null ? now : contact.occurredAt();
        if (occurredAt.isAfter(now.plus(CLOCK_SKEW))) {
            problems.add("occurredAt", "A call or chat that is logged has already happened; occurredAt is in the future.");
        } else if (occurredAt.isBefore(EARLIEST)) {
            problems.add("occurredAt", "occurredAt is before the year 2000; give the time the call or chat happened.");
        } else if (occurredAt.isAfter(now)) {
            occurredAt = now;
        }
        var checked = kind == ContactKind.CALL ? call(contact, internal, occurredAt, problems)
                : chat(contact, internal, occurredAt, problems);
        problems.throwIfAny();
        return checked;
    }

    private static Checked call(NewContact c, boolean internal, Instant occurredAt, Problems problems) {
        CallDirection direction = null;
        if (c.direction() == null || c.direction().isBlank()) {
            problems.add("direction", "Say whether the call was inbound or outbound.");
        } else {
            direction = choice(CallDirection.class, "direction", c.direction(), problems);
        }
        String phone = null;
        if (c.phone() == null || c.phone().isBlank()) {
            problems.add("phone", "Give the other party's phone number.");
        } else {
            phone = problems.require("phone", PhoneNumber.normalise(c.phone()), PhoneNumber.explain(c.phone()));
        }
        var missed = Boolean.TRUE.equals(c.missed());
        var duration = c.durationSeconds();
        if (duration != null && duration < 0) {
            problems.add("durationSeconds", "A call lasts 0 seconds or more.");
        } else if (duration != null && duration > MAX_DURATION_SECONDS) {
            problems.add("durationSeconds", "A call lasts at most a day (" + MAX_DURATION_SECONDS + " seconds).");
        } else if (missed && duration != null && duration > 0) {
            problems.add("durationSeconds", "A missed call was not talked: leave durationSeconds out or 0.");
        }
        notFor("call", "transcript", c.transcript(), problems);
        notFor("call", "chatReference", c.chatReference(), problems);
        var summary = text("summary", c.summary(), MAX_SUMMARY, problems);
        return new Checked(ContactKind.CALL, direction, phone, missed ? null : duration, missed,
                summary == null ? "" : summary, null, internal, occurredAt);
    }

    private static Checked chat(NewContact c, boolean internal, Instant occurredAt, Problems problems) {
        notFor("chat", "direction", c.direction(), problems);
        notFor("chat", "phone", c.phone(), problems);
        notFor("chat", "summary", c.summary(), problems);
        if (c.durationSeconds() != null) {
            problems.add("durationSeconds", "A chat has no durationSeconds; that is for calls.");
        }
        if (c.missed() != null) {
            problems.add("missed", "A chat is not missed; that is for calls.");
        }
        var transcript = text("transcript", c.transcript(), MAX_TRANSCRIPT, problems);
        if ((transcript == null && (c.transcript() == null || c.transcript().isBlank()))
                || (transcript != null && transcript.isBlank())) {
            problems.add("transcript", "Paste the chat's transcript.");
        }
        var reference = c.chatReference() == null || c.chatReference().isBlank() ? null : c.chatReference().strip();
        if (reference != null && (reference.length() > MAX_REFERENCE || reference.chars().anyMatch(Character::isISOControl))) {
            problems.add("chatReference", "A chat reference is one line of at most " + MAX_REFERENCE + " characters.");
        }
        return new Checked(ContactKind.CHAT, null, null, null, false, transcript, reference, internal, occurredAt);
    }

    /** The text as a reader sees it; null when none was given. */
    private static String text(String field, String raw, int max, Problems problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > max) {
            problems.add(field, "The " + field + " has " + max + " characters at most.");
            return null;
        }
        var rich = RichText.of(raw);
        return rich.plainText();
    }

    private static void notFor(String kind, String field, String value, Problems problems) {
        if (value != null && !value.isBlank()) {
            problems.add(field, "A " + kind + " has no " + field + ".");
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, String value, Problems problems) {
        var names = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        Optional<E> found = value == null ? Optional.empty() : Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(value.strip())).findFirst();
        if (found.isEmpty()) {
            var shown = value == null ? "nothing" : "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
            problems.add(field, field + " is one of " + String.join(", ", names) + ", not " + shown + ".");
        }
        return found.orElse(null);
    }
}
