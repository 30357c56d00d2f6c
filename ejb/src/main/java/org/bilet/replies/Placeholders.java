package org.bilet.replies;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The placeholders a canned response may contain, and how they are filled. A placeholder is a
 * dotted name in braces, "{ticket.number}"; braces around anything else ("{}", "{"a": 1}") are
 * ordinary text.
 */
public final class Placeholders {

    public static final List<String> KNOWN = List.of(
            "requester.firstName", "requester.lastName", "requester.name",
            "ticket.number", "ticket.subject",
            "agent.firstName", "agent.name",
            "team.name");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z][A-Za-z0-9_]*)*)}");

    private Placeholders() {
    }

    /** The placeholders in the text that Bilet does not know, in order of appearance. */
    public static Set<String> unknownIn(String text) {
        var unknown = new LinkedHashSet<String>();
        var matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!KNOWN.contains(matcher.group(1))) {
                unknown.add(matcher.group(1));
            }
        }
        return unknown;
    }

    /** "{requester.firstName}, {requester.lastName}, …": for messages that list the known ones. */
    public static String listing() {
        return KNOWN.stream().map(name -> "{" + name + "}").collect(Collectors.joining(", "));
    }

    /**
     * Fills the placeholders of an HTML text with the values, HTML-escaped; a placeholder without
     * a value becomes empty, since the reader should never see braces meant for Bilet.
     */
    public static String fill(String html, Map<String, String> values) {
        return PLACEHOLDER.matcher(html).replaceAll(match -> KNOWN.contains(match.group(1))
                ? Matcher.quoteReplacement(escape(values.getOrDefault(match.group(1), "")))
                : Matcher.quoteReplacement(match.group()));
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        var escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&#34;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
