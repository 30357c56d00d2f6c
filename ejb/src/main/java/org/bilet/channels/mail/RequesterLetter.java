package org.bilet.channels.mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.bilet.tickets.RichText;
import org.jsoup.nodes.Entities;

/**
 * The words of a mail to a requester, in their language (the bundle {@code requester} beside this
 * class; English when theirs is missing), as plain text and as HTML. What people wrote (the
 * subject, a reply, a resolution) is escaped in the HTML part, or kept as the sanitized HTML it was
 * stored as; the text part reads HTML as text.
 *
 * @param content    the reply or the resolution the mail carries, or null
 * @param surveyLink where the requester rates the work (a resolution's mail, see {@link ResolutionMailing}), or null
 * @param mergedInto the ticket this one was merged into (a merge's mail, whose link leads there), or null
 */
public record RequesterLetter(RequesterNotice notice, Locale locale, String requesterName, String ticketNumber,
                              String ticketSubject, String link, String by, RichText content, String surveyLink,
                              String mergedInto) {

    public RequesterLetter(RequesterNotice notice, Locale locale, String requesterName, String ticketNumber,
                           String ticketSubject, String link, String by, RichText content, String surveyLink) {
        this(notice, locale, requesterName, ticketNumber, ticketSubject, link, by, content, surveyLink, null);
    }

    private static final String BUNDLE = "org.bilet.channels.mail.requester";

    public String subject() {
        return say("subject." + notice);
    }

    public String text() {
        var text = new StringBuilder(say("greeting")).append("\n\n").append(say("body." + notice)).append("\n\n");
        if (content != null) {
            text.append(content.plainText().indent(4).stripTrailing()).append("\n\n");
        }
        if (surveyLink != null) {
            text.append(say("survey")).append("\n\n");
        }
        text.append(say("follow")).append('\n');
        text.append(say(notice == RequesterNotice.RESOLVED ? "reopen" : "answer")).append("\n\n");
        return text.append("-- \n").append(say("signature")).append('\n').toString();
    }

    public String html() {
        var html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family: sans-serif\">")
                .append(paragraph(say("greeting"))).append(paragraph(say("body." + notice)));
        if (content != null) {
            html.append("<blockquote style=\"border-left: 3px solid #ccc; margin: 0; padding-left: 1em\">")
                    .append(content.format() == RichText.Format.HTML ? content.content() : escapedLines(content.content()))
                    .append("</blockquote>");
        }
        if (surveyLink != null) {
            html.append("<p>").append(linked(say("survey"), surveyLink)).append("</p>");
        }
        html.append("<p>").append(linked(say("follow"), link)).append("</p>")
                .append(paragraph(say(notice == RequesterNotice.RESOLVED ? "reopen" : "answer")))
                .append("<p style=\"color: #666\">").append(escape(say("signature"))).append("</p></body></html>");
        return html.toString();
    }

    private String say(String key) {
        var pattern = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return new MessageFormat(pattern, locale).format(new Object[]{requesterName, ticketNumber, ticketSubject, link, by, surveyLink, mergedInto});
    }

    /** The text escaped, with the address in it made a link. */
    private static String linked(String text, String address) {
        return escape(text).replace(escape(address), "<a href=\"" + escape(address) + "\">" + escape(address) + "</a>");
    }

    private static String paragraph(String text) {
        return "<p>" + escape(text) + "</p>";
    }

    private static String escapedLines(String text) {
        return escape(text).replace("\n", "<br>");
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
