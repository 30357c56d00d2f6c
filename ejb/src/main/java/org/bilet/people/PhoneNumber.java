package org.bilet.people;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number as Bilet compares them: written with spaces, dashes, dots or parentheses as people
 * like ("+48 (22) 555-01-73"), kept as a leading {@code +} and 3 to 15 digits ("+48225550173"),
 * so that a call from a phone system finds the person by exact match.
 */
public final class PhoneNumber {

    /** The longest normalised number: "+" and the 15 digits E.164 allows. */
    public static final int MAX_LENGTH = 16;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()/]");
    private static final Pattern NORMALISED = Pattern.compile("\\+?[0-9]{3,15}");

    private PhoneNumber() {
    }

    /** The number without separators; empty when what remains is not a plausible number. */
    public static Optional<String> normalise(String written) {
        if (written == null || written.length() > 40) {
            return Optional.empty();
        }
        var bare = SEPARATORS.matcher(written.strip()).replaceAll("");
        return NORMALISED.matcher(bare).matches() ? Optional.of(bare) : Optional.empty();
    }

    /** What a person is told when the number they gave is not one. */
    public static String explain(String written) {
        return "'" + (written == null ? "" : written.length() > 40 ? written.substring(0, 40) + "…" : written)
                + "' is not a phone number: use digits, optionally a leading +, spaces, dashes or parentheses (3 to 15 digits).";
    }
}
