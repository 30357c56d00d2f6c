package org.bilet.channels.mail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.bilet.tickets.RichText;
import org.jsoup.nodes.Entities;

/**
 * The wording of a mail as people write and edit it: a subject line and a plain-text body with
 * named placeholders such as {@code {{number}}}. Rendering fills them for one reader:
 * <ul>
 *   <li>a line whose placeholder has no value in this mail is left out (a survey line without a survey);</li>
 *   <li>{@code {{content}}} alone on a line is the message or resolution the mail carries, quoted;</li>
 *   <li>the HTML part escapes what people wrote, makes {@code {{link}}} and {@code {{survey}}} links,
 *       and greys the signature after the usual {@code "-- "} line.</li>
 * </ul>
 */
public record LetterTemplate(String subject, String body) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");
    private static final Set<String> LINKS = Set.of("link", "survey");
    private static final String CONTENT = "content";
    private static final String SIGNATURE = "-- ";

    /** The placeholders the subject and body use, in order of first use. */
    public Set<String> placeholders() {
        var names = new LinkedHashSet<String>();
        for (var text : new String[]{subject, body}) {
            var matcher = PLACEHOLDER.matcher(text == null ? "" : text);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /**
     * The mail for one reader; {@code values} hold the placeholders' values (a missing or null one
     * drops its line), {@code content} the message the mail carries, or null.
     */
    public Letter render(Map<String, String> values, RichText content) {
        var subjectLine = fill(subject, values, false);
        var oneLine = subjectLine == null ? "" : subjectLine.replaceAll("\\s+", " ").strip();
        return new Letter(oneLine, text(values, content), html(values, content));
    }

    private String text(Map<String, String> values, RichText content) {
        var text = new StringBuilder();
        for (var line : lines(values, content)) {
            if (isContent(line)) {
                text.append(content.plainText().indent(4).stripTrailing()).append('\n');
            } else {
                text.append(fill(line, values, false)).append('\n');
            }
        }
        return text.toString();
    }

    private String html(Map<String, String> values, RichText content) {
        var html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family: sans-serif\">");
        var paragraph = new ArrayList<String>();
        boolean signature = false;
        for (var line : lines(values, content)) {
            if (isContent(line)) {
                close(html, paragraph, signature);
                html.append("<blockquote style=\"border-left: 3px solid #ccc; margin: 0; padding-left: 1em\">")
                        .append(content.format() == RichText.Format.HTML ? content.content()
                                : Entities.escape(content.content()).replace("\n", "<br>"))
                        .append("</blockquote>");
            } else if (line.equals(SIGNATURE) || line.equals(SIGNATURE.strip())) {
                close(html, paragraph, signature);
                signature = true;
            } else if (line.isBlank()) {
                close(html, paragraph, signature);
            } else {
                paragraph.add(fill(line, values, true));
            }
        }
        close(html, paragraph, signature);
        return html.append("</body></html>").toString();
    }

    private static void close(StringBuilder html, List<String> paragraph, boolean signature) {
        if (!paragraph.isEmpty()) {
            html.append(signature ? "<p style=\"color: #666\">" : "<p>").append(String.join("<br>", paragraph)).append("</p>");
            paragraph.clear();
        }
    }

    /** The body's lines that stay in this mail: those whose placeholders all have values. */
    private List<String> lines(Map<String, String> values, RichText content) {
        var kept = new ArrayList<String>();
        for (var line : (body == null ? "" : body).replace("\r\n", "\n").split("\n", -1)) {
            if (isContent(line) ? content != null && !content.isBlank() : allFilled(line, values)) {
                kept.add(line.stripTrailing().equals(SIGNATURE.strip()) ? SIGNATURE : line.stripTrailing());
            }
        }
        // Lines left out may leave blank lines twice over, or at the end.
        var tidy = new ArrayList<String>();
        for (var line : kept) {
            if (!(line.isBlank() && (tidy.isEmpty() || tidy.get(tidy.size() - 1).isBlank()))) {
                tidy.add(line);
            }
        }
        while (!tidy.isEmpty() && tidy.get(tidy.size() - 1).isBlank()) {
            tidy.remove(tidy.size() - 1);
        }
        return tidy;
    }

    private static boolean isContent(String line) {
        var matcher = PLACEHOLDER.matcher(line.strip());
        return matcher.matches() && matcher.group(1).equals(CONTENT);
    }

    private static boolean allFilled(String line, Map<String, String> values) {
        var matcher = PLACEHOLDER.matcher(line);
        while (matcher.find()) {
            if (values.get(matcher.group(1)) == null) {
                return false;
            }
        }
        return true;
    }

    /** The line with its placeholders filled; in HTML, escaped, with links made links. */
    private static String fill(String line, Map<String, String> values, boolean html) {
        if (line == null) {
            return null;
        }
        var filled = new StringBuilder();
        var matcher = PLACEHOLDER.matcher(line);
        int at = 0;
        while (matcher.find()) {
            filled.append(html ? Entities.escape(line.substring(at, matcher.start())) : line.substring(at, matcher.start()));
            var value = values.get(matcher.group(1));
            if (value == null) {
                value = "";
            }
            if (!html) {
                filled.append(value);
            } else if (LINKS.contains(matcher.group(1)) && !value.isEmpty()) {
                var escaped = Entities.escape(value);
                filled.append("<a href=\"").append(escaped).append("\">").append(escaped).append("</a>");
            } else {
                filled.append(Entities.escape(value));
            }
            at = matcher.end();
        }
        var rest = line.substring(at);
        return filled.append(html ? Entities.escape(rest) : rest).toString();
    }

    /** The placeholder as written in a template, for messages that name it. */
    public static String placeholder(String name) {
        return "{{" + name + "}}";
    }
}
