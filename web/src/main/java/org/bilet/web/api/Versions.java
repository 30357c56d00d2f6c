package org.bilet.web.api;

import jakarta.ws.rs.core.EntityTag;
import org.bilet.platform.InvalidInputException;

/** A ticket's version travels as a strong ETag, and comes back in If-Match. */
final class Versions {

    private Versions() {
    }

    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Reads If-Match: "3", 3 or W/"3". */
    static long fromIfMatch(String ifMatch) {
        var value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("If-Match", "If-Match must carry the ticket's ETag, such as \"3\", not " + ifMatch + ".");
        }
    }
}
