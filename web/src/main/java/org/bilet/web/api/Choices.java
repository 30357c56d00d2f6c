package org.bilet.web.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The values of an enum as the API spells them (its names: {@code OPEN}, {@code PHONE}), read from
 * what a client sent in any case, and listed when a client sent something else.
 */
final class Choices {

    private Choices() {
    }

    /** The enum's value named by the text, in any case and with spaces around; empty if none is. */
    static <E extends Enum<E>> Optional<E> find(Class<E> type, String text) {
        var name = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(name)).findFirst();
    }

    /** "WEB, EMAIL, PHONE". */
    static String of(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** "channel must be one of WEB, EMAIL, PHONE." */
    static String mustBeOneOf(String field, Class<? extends Enum<?>> type) {
        return field + " must be one of " + of(type) + ".";
    }
}
