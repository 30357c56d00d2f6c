package org.bilet.tickets;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Text written by people: plain text is kept as it is; anything that looks like HTML goes through
 * the OWASP sanitizer, which keeps formatting, lists, tables and links and drops scripts, styles
 * and event handlers.
 */
public final class MessageBody {

    private static final Pattern HTML_TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "br").toFactory());

    private MessageBody() {
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return HTML_TAG.matcher(text).find() ? POLICY.sanitize(text).strip() : text.strip();
    }
}
