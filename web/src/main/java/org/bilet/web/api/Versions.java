package org.bilet.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.regex.Pattern;
import org.bilet.platform.BiletException;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.Versioned;

/**
 * A version (of a ticket, or of what administrators change) travels as a strong ETag ({@code "3"})
 * and comes back in If-Match, where HTTP compares strongly: only the ETag exactly as sent matches. A weak ETag ({@code W/"3"}) or another
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

    /** The version of a ticket an If-Match value names. */
    static long fromIfMatch(String ifMatch) {
        return fromIfMatch(ifMatch, "ticket");
    }

    /** The version an If-Match value names; {@code thing} is what the caller changes, in their words ("team"). */
    static long fromIfMatch(String ifMatch, String thing) {
        var tag = ENTITY_TAG.matcher(ifMatch.strip());
        if (!tag.matches()) {
            throw InvalidInputException.of("If-Match",
                    "If-Match must be one ETag of the " + thing + " in double quotes, as the API sent it, such as \"3\".");
        }
        if (tag.group(1) != null) {
            throw new NotMatching("If-Match holds a weak ETag, which never matches: HTTP compares If-Match strongly."
                    + " Send the " + thing + "'s ETag as the API sent it, such as \"3\".");
        }
        if (!VERSION.matcher(tag.group(2)).matches()) {
            throw new NotMatching("If-Match is not an ETag of this " + thing + "; read the " + thing + " and send the ETag it comes with.");
        }
        return Long.parseLong(tag.group(2));
    }

    /** The version If-Match names, which a change must send: without one it is refused with 428. */
    static long required(String ifMatch, String thing) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException(ProblemResponses.of(Problem.of(428, "Precondition Required",
                    "Send If-Match with the " + thing + "'s ETag, so that you do not overwrite someone else's change.")));
        }
        return fromIfMatch(ifMatch, thing);
    }

    /** 200 with the thing as read and its version as the ETag. */
    static Response ok(Versioned<?> read) {
        return Response.ok(read.value()).tag(etag(read.version())).build();
    }

    /** 201 at the address with the thing as read and its version as the ETag. */
    static Response created(URI location, Versioned<?> read) {
        return Response.created(location).entity(read.value()).tag(etag(read.version())).build();
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
