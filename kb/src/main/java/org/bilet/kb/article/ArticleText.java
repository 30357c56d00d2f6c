package org.bilet.kb.article;

import org.bilet.platform.Problems;
import org.bilet.tickets.RichText;
import org.jsoup.nodes.Entities;

/**
 * A version's words, checked: a title of up to {@value #MAX_TITLE} characters, a body of sanitized
 * HTML (plain text becomes paragraphs) with something to read in it, and an optional change note.
 */
public record ArticleText(String title, String body, String changeNote) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 200_000;
    public static final int MAX_NOTE = 500;

    /** Checks what a writer sent, reporting every mistake at once. */
    public static ArticleText of(String title, String body, String changeNote) {
        var problems = new Problems();
        var strippedTitle = title == null ? "" : title.strip();
        if (strippedTitle.isEmpty()) {
            problems.add("title", "Give the article a title.");
        } else if (strippedTitle.length() > MAX_TITLE) {
            problems.add("title", "A title has " + MAX_TITLE + " characters at most; this one has " + strippedTitle.length() + ".");
        }
        String html = null;
        if (body == null || body.length() > MAX_BODY) {
            problems.add("body", body == null ? "Write the article's body." : "A body has " + MAX_BODY + " characters at most.");
        } else {
            var text = RichText.of(body);
            if (text.isBlank()) {
                problems.add("body", "Write the article's body: it is empty (once scripts and styles are removed).");
            } else {
                html = text.format() == RichText.Format.HTML ? text.content() : paragraphs(text.content());
            }
        }
        var note = changeNote == null || changeNote.isBlank() ? null : changeNote.strip();
        if (note != null && note.length() > MAX_NOTE) {
            problems.add("changeNote", "A change note has " + MAX_NOTE + " characters at most.");
        }
        problems.throwIfAny();
        return new ArticleText(strippedTitle, html, note);
    }

    /** Plain text as HTML: escaped, a blank line starts a paragraph, a line break stays one. */
    private static String paragraphs(String plain) {
        var html = new StringBuilder();
        for (var paragraph : plain.replace("\r\n", "\n").split("\n\\s*\n")) {
            html.append("<p>").append(Entities.escape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
        return html.toString();
    }
}
