package org.bilet.platform;

import java.util.Locale;

/**
 * What people type into a filter box, as a lower-case LIKE pattern whose wildcards are taken
 * literally: "50%_off" finds exactly that text. The escape is '!', not a backslash, which MariaDB
 * string literals would treat as an escape of their own.
 */
public final class LikePattern {

    public static final char ESCAPE = '!';

    private LikePattern() {
    }

    public static String startingWith(String text) {
        return escape(text) + "%";
    }

    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }

    private static String escape(String text) {
        return text.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
