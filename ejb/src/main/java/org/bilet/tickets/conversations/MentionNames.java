package org.bilet.tickets.conversations;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The usernames a text mentions as {@code @username}: letters, digits, dots, dashes and underscores,
 * not preceded by a word character (so an e-mail address mentions nobody), a trailing dot left out,
 * each once, in the order first written, at most {@value #MAX} of them.
 */
public final class MentionNames {

    public static final int MAX = 20;

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@-])@([\\p{L}\\p{N}_.-]{1,60})");

    private MentionNames() {
    }

    public static List<String> in(String text) {
        var names = new LinkedHashSet<String>();
        if (text == null) {
            return List.of();
        }
        var matcher = MENTION.matcher(text);
        while (matcher.find() && names.size() < MAX) {
            var name = matcher.group(1);
            while (name.endsWith(".") || name.endsWith("-")) {
                name = name.substring(0, name.length() - 1);
            }
            if (!name.isEmpty()) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(names);
    }
}
