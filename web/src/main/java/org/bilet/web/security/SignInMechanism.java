package org.bilet.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.bilet.web.api.ProblemErrorPage;

/**
 * The one way in. API calls authenticate statelessly with HTTP Basic or a Bearer API token and
 * get a 401 problem without them; screens sign in through the login form, whose session then
 * carries the caller, and a visitor without one is sent to the form.
 */
@ApplicationScoped
@AutoApplySession
public class SignInMechanism implements HttpAuthenticationMechanism {

    private static final String CHALLENGE = "Basic realm=\"Bilet\", Bearer realm=\"Bilet\"";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.isAuthenticationRequest()) {
            return formSignIn(context);
        }
        if (isApi(request)) {
            return apiCall(request, response, context);
        }
        return context.isProtected() ? sendToLoginPage(request, response, context) : context.doNothing();
    }

    /** The login form called {@code SecurityContext.authenticate} with the typed credential. */
    private AuthenticationStatus formSignIn(HttpMessageContext context) {
        var credential = context.getAuthParameters().getCredential();
        var result = credential == null ? CredentialValidationResult.INVALID_RESULT : identityStores.validate(credential);
        return result.getStatus() == CredentialValidationResult.Status.VALID
                ? context.notifyContainerAboutLogin(result)
                : AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus apiCall(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        var header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return context.isProtected()
                    ? refuse(response, context, "Sign in: send HTTP Basic credentials or a Bearer API token.")
                    : context.doNothing();
        }
        Credential credential = AuthorizationHeader.credentialOf(header.strip());
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

    /**
     * Remembers where the visitor was going. An Ajax request from a page whose session timed out
     * gets a Faces partial response, which the page follows; a plain redirect would be lost.
     */
    private static AuthenticationStatus sendToLoginPage(HttpServletRequest request, HttpServletResponse response,
                                                        HttpMessageContext context) {
        var target = LoginPage.address(request);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + target.replace("&", "&amp;") + "\"/></partial-response>");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(target);
    }

    private static boolean isApi(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** The container sends the 401; its error page turns the detail into a problem. */
    private static AuthenticationStatus refuse(HttpServletResponse response, HttpMessageContext context, String detail) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        context.getRequest().setAttribute(ProblemErrorPage.DETAIL, detail);
        return context.responseUnauthorized();
    }
}
