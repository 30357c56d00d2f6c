package org.bilet.channels.intake;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * The text a message leaves on a ticket: its plain-text part when it has one (mail clients write
 * the reply there without markup), otherwise its HTML (sanitized when it is stored); an answer
 * without what it quotes; files over the size limit named at the end. Plain text that holds a
 * '&lt;' (an address in angle brackets, "x &lt; 5") is turned into escaped HTML paragraphs, since
 * stored text with a '&lt;' is read as markup and would lose it.
 */
final class MailText {

    /** What a ticket's description or a message may hold, with room for the notes added here. */
    static final int MAX_LENGTH = 64_000;

    private final String content;
    private final boolean html;
    private final List<String> notes = new ArrayList<>();

    private MailText(String content, boolean html) {
        this.content = content;
        this.html = html;
    }

    static MailText of(IncomingMail mail, boolean answer) {
        if (mail.text() != null && !mail.text().isBlank()) {
            return new MailText(answer ? QuoteTrimmer.text(mail.text()) : mail.text().strip(), false);
        }
        if (mail.html() != null && !mail.html().isBlank()) {
            return new MailText(answer ? QuoteTrimmer.html(mail.html()) : mail.html(), true);
        }
        return new MailText("(The message has no text.)", false);
    }

    /** Says in the text that a file was left out, since it is over the size limit. */
    void leftOut(String fileName, long bytes) {
        notes.add("The attached file " + fileName + " (" + Math.max(1, bytes / 1024) + " KB) is over the size limit and was not kept;"
                + " it is in the mailbox.");
    }

    /** The text to store: HTML or plain, within the limit. */
    String text() {
        var text = html || content.indexOf('<') < 0 ? content : paragraphs(content);
        var withNotes = new StringBuilder(clip(text, MAX_LENGTH));
        for (var note : notes) {
            withNotes.append(html || withNotes.indexOf("<p>") >= 0 ? "<p>" + Entities.escape(note) + "</p>" : "\n\n" + note);
        }
        return withNotes.toString();
    }

    /** A line of Bilet's before what the message says. */
    static String prefaced(String preface, String text) {
        boolean markup = text.startsWith("<") || text.contains("<p>") || text.contains("<br");
        return markup ? "<p>" + Entities.escape(preface) + "</p>" + text : preface + "\n\n" + text;
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String paragraphs(String text) {
        var html = new StringBuilder();
        for (var paragraph : text.split("\\n\\s*\\n")) {
            html.append("<p>").append(Entities.escape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
        return html.toString();
    }
}
