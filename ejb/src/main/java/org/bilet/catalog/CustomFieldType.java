package org.bilet.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The kinds of custom field, each knowing how to read and normalize a value. */
public enum CustomFieldType {
    TEXT {
        @Override
        String normalize(String raw, List<String> choices) {
            if (raw.length() > 2000) {
                throw new IllegalArgumentException("is longer than 2000 characters");
            }
            return raw;
        }
    },
    NUMBER {
        @Override
        String normalize(String raw, List<String> choices) {
            BigDecimal number;
            try {
                number = new BigDecimal(raw.trim()).stripTrailingZeros();
            } catch (NumberFormatException | ArithmeticException e) {
                throw new IllegalArgumentException("must be a number, not '" + raw + "'");
            }
            // Checked before writing it out: 1e999999999 would otherwise become a billion digits.
            if (number.precision() - number.scale() > MAX_DIGITS || number.scale() > MAX_DIGITS) {
                throw new IllegalArgumentException("must have at most " + MAX_DIGITS + " digits before and after the point, not '" + raw + "'");
            }
            return number.toPlainString();
        }
    },
    DATE {
        @Override
        String normalize(String raw, List<String> choices) {
            try {
                return LocalDate.parse(raw.trim()).toString();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("must be a date like 2026-12-31, not '" + raw + "'");
            }
        }
    },
    CHOICE {
        @Override
        String normalize(String raw, List<String> choices) {
            var value = raw.strip();
            if (!choices.contains(value)) {
                throw new IllegalArgumentException("must be one of " + String.join(", ", choices) + ", not '" + raw + "'");
            }
            return value;
        }
    };

    private static final int MAX_DIGITS = 30;

    /** The canonical text of a value, or an IllegalArgumentException saying what is wrong. */
    abstract String normalize(String raw, List<String> choices);
}
