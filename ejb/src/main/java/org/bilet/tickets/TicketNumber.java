package org.bilet.tickets;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bilet.platform.ResourceNotFoundException;

/** The human-friendly ticket number, BIL-000123: a prefix and at least six digits. */
public record TicketNumber(String value) implements Serializable {

    private static final String PREFIX = "BIL-";
    private static final Pattern FORMAT = Pattern.compile("BIL-\\d{6,}");

    public TicketNumber {
        Objects.requireNonNull(value);
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a ticket number: " + value);
        }
    }

    public static TicketNumber of(long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("ticket sequence starts at 1, not " + sequence);
        }
        return new TicketNumber(PREFIX + String.format("%06d", sequence));
    }

    /** Reads a number typed by a user; case and surrounding blanks do not matter. */
    public static TicketNumber parse(String text) {
        var candidate = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(candidate).matches()) {
            throw new ResourceNotFoundException("There is no ticket " + text + "; numbers look like BIL-000123.");
        }
        return new TicketNumber(candidate);
    }

    /** What a person may type for a number in a search box: "BIL-000123", "bil-123" or "123". */
    public static Optional<TicketNumber> fromSearch(String text) {
        var candidate = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (candidate.startsWith(PREFIX)) {
            candidate = candidate.substring(PREFIX.length());
        }
        if (candidate.isEmpty() || candidate.length() > 12 || !candidate.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        var sequence = Long.parseLong(candidate);
        return sequence < 1 ? Optional.empty() : Optional.of(of(sequence));
    }

    @Override
    public String toString() {
        return value;
    }
}
