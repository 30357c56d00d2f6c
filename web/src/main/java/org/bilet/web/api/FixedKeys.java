package org.bilet.web.api;

import org.bilet.platform.InvalidInputException;

/** A key in a body sent to a thing's address may repeat the address's key, never name another: keys are fixed once created. */
final class FixedKeys {

    private FixedKeys() {
    }

    /** The key of the address; the body's (field {@code field}) when it names another is refused. */
    static String check(String field, String ofAddress, String inBody, String thing) {
        if (inBody != null && !inBody.equals(ofAddress)) {
            throw InvalidInputException.of(field, "A " + thing + "'s " + field + " is fixed once created; this address is "
                    + thing + " '" + Problem.shown(ofAddress) + "', the body names '" + Problem.shown(inBody) + "'.");
        }
        return ofAddress;
    }
}
