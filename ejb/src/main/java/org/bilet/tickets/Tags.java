package org.bilet.tickets;

import java.util.Collection;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.bilet.platform.InvalidInputException;

/** Tags are short lower-case words (letters of any script, digits, '-', '_', '.'). */
public final class Tags {

    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}._-]{1,60}");

    private Tags() {
    }

    public static SortedSet<String> normalize(Collection<String> tags) {
        var result = new TreeSet<String>();
        for (var tag : tags) {
            var t = tag == null ? "" : tag.trim().toLowerCase(Locale.ROOT);
            if (!TAG.matcher(t).matches()) {
                throw InvalidInputException.of("tags", "'" + tag + "' is not a valid tag: use up to 60 letters, digits, '-', '_' or '.'.");
            }
            result.add(t);
        }
        return result;
    }
}
