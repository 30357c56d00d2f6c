package org.bilet.web.security;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reads the credential out of an {@code Authorization} header: Basic or Bearer. */
final class AuthorizationHeader {

    private AuthorizationHeader() {
    }

    /** The credential, or null when the header is neither well-formed Basic nor Bearer. */
    static Credential credentialOf(String header) {
        var space = header.indexOf(' ');
        if (space < 0) {
            return null;
        }
        var scheme = header.substring(0, space);
        var value = header.substring(space + 1).strip();
        if (scheme.equalsIgnoreCase("Bearer")) {
            return new ApiTokenCredential(value);
        }
        if (scheme.equalsIgnoreCase("Basic")) {
            try {
                var decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
                var colon = decoded.indexOf(':');
                return colon < 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
        return null;
    }
}
