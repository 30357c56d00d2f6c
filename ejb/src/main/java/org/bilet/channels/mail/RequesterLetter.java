package org.bilet.channels.mail;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.bilet.tickets.RichText;

/**
 * What a mail to a ticket's requester says, before it is worded: the values of its placeholders
 * and the message it carries. {@link #render} words it with the template of its topic in the
 * requester's language ({@link Letters#template}, an administrator's wording or Bilet's own): what
 * people wrote (the subject, a reply, a resolution) is escaped in the HTML part, or kept as the
 * sanitized HTML it was stored as; the text part reads HTML as text.
 *
 * @param content    the reply or the resolution the mail carries, or null
 * @param surveyLink where the requester rates the work (a resolution's mail, see {@link ResolutionMailing}), or null
 * @param mergedInto the ticket this one was merged into (a merge's mail, whose link leads there), or null
 */
public record RequesterLetter(RequesterNotice notice, String requesterName, String ticketNumber, String ticketSubject,
                              String link, String by, RichText content, String surveyLink, String mergedInto) {

    public RequesterLetter(RequesterNotice notice, String requesterName, String ticketNumber, String ticketSubject,
                           String link, String by, RichText content, String surveyLink) {
        this(notice, requesterName, ticketNumber, ticketSubject, link, by, content, surveyLink, null);
    }

    /** The kind of mail, whose template words it. */
    public MailTopic topic() {
        return MailTopic.valueOf(notice.name());
    }

    /** The placeholders' values; those this mail has none for are absent, so their lines drop out. */
    public Map<String, String> values() {
        var values = new HashMap<String, String>();
        values.put("name", requesterName);
        values.put("number", ticketNumber);
        values.put("subject", ticketSubject);
        values.put("link", link);
        values.put("by", by);
        values.put("survey", surveyLink);
        values.put("mergedInto", mergedInto);
        values.values().removeIf(Objects::isNull);
        return values;
    }

    /** The mail worded by {@code template} (the topic's, in the requester's language). */
    public Letter render(LetterTemplate template) {
        return template.render(values(), content);
    }
}
