package org.bilet.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bilet.web.api.ProblemErrorPage;

/**
 * Authenticates API calls statelessly: HTTP Basic with the user's password, or Bearer with a
 * personal API token. A missing or wrong credential on a protected path gets a 401 problem.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String CHALLENGE = "Basic realm=\"Bilet\", Bearer realm=\"Bilet\"";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        var header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return context.isProtected()
                    ? refuse(response, context, "Sign in: send HTTP Basic credentials or a Bearer API token.")
                    : context.doNothing();
        }
        var credential = credentialOf(header.strip());
        if (credential == null) {
            return refuse(response, context, "The Authorization header must be 'Basic …' or 'Bearer …'.");
        }
        var result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return refuse(response, context, credential instanceof ApiTokenCredential
                    ? "The API token is unknown, expired or revoked."
                    : "The username or password is wrong, or the account is deactivated.");
        }
        return context.notifyContainerAboutLogin(result);
    }

    private static Credential credentialOf(String header) {
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

    /** The container sends the 401; its error page turns the detail into a problem. */
    private static AuthenticationStatus refuse(HttpServletResponse response, HttpMessageContext context, String detail) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        context.getRequest().setAttribute(ProblemErrorPage.DETAIL, detail);
        return context.responseUnauthorized();
    }
}
