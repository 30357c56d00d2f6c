package org.bilet.web.api;

import jakarta.ws.rs.core.EntityTag;
import java.util.regex.Pattern;
import org.bilet.platform.BiletException;
import org.bilet.platform.InvalidInputException;

/**
 * A ticket's version travels as a strong ETag ({@code "3"}) and comes back in If-Match, where HTTP
 * compares strongly: only the ETag exactly as sent matches. A weak ETag ({@code W/"3"}) or another
 * one never matches (412); a value that is no entity tag at all (unquoted, several, {@code *}) is
 * malformed (400). Whether a matching version is still current is the service's to say.
 */
final class Versions {

    /** RFC 9110: [ "W/" ] DQUOTE *etagc DQUOTE. */
    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"([\\x21\\x23-\\x7E\\x80-\\xFF]*)\"");
    /** How {@link #etag} writes a version: no sign, no leading zeros. */
    private static final Pattern VERSION = Pattern.compile("0|[1-9][0-9]{0,17}");

    private Versions() {
    }

    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an If-Match value names. */
    static long fromIfMatch(String ifMatch) {
        var tag = ENTITY_TAG.matcher(ifMatch.strip());
        if (!tag.matches()) {
            throw InvalidInputException.of("If-Match",
                    "If-Match must be one ETag of the ticket in double quotes, as the API sent it, such as \"3\".");
        }
        if (tag.group(1) != null) {
            throw new NotMatching("If-Match holds a weak ETag, which never matches: HTTP compares If-Match strongly."
                    + " Send the ticket's ETag as the API sent it, such as \"3\".");
        }
        if (!VERSION.matcher(tag.group(2)).matches()) {
            throw new NotMatching("If-Match is not an ETag of this ticket; read the ticket and send the ETag it comes with.");
        }
        return Long.parseLong(tag.group(2));
    }

    /** An If-Match that can match no version of the ticket: the precondition fails (412) as for a stale one. */
    static final class NotMatching extends BiletException {

        NotMatching(String message) {
            super(message);
        }

        @Override
        public Kind kind() {
            return Kind.STALE;
        }
    }
}
