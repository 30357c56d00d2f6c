package org.bilet.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.bilet.people.ScreenSessions;
import org.bilet.web.api.ProblemErrorPage;

/**
 * The one way in. API calls (and health checks) authenticate per request with HTTP Basic or a
 * Bearer API token, open no session and get a 401 problem without credentials. A session exists
 * only once the sign-in form succeeded: it gets a new id then, remembers its user's
 * {@link ScreenSessions.Stamp} and is checked again at every request, so it ends as soon as the
 * user is deactivated, gets a new password or revokes a token. Screens and same-site API calls of
 * the screens (downloads) ride on that session; a visitor without one is sent to the form.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    /** The session attribute holding the {@link ScreenSessions.Stamp} of the signed-in user. */
    private static final String STAMP = SignInMechanism.class.getName() + ".stamp";

    private static final String CHALLENGE = "Basic realm=\"Bilet\", Bearer realm=\"Bilet\"";

    @Inject
    IdentityStoreHandler identityStores;

    @EJB
    ScreenSessions sessions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.isAuthenticationRequest()) {
            return formSignIn(request, context);
        }
        var machine = MachinePaths.contains(request);
        var header = request.getHeader("Authorization");
        if (machine && header != null && !header.isBlank()) {
            return perRequest(header.strip(), response, context);
        }
        var session = resumeSession(request, context);
        if (session != null) {
            return session;
        }
        if (machine) {
            return context.isProtected()
                    ? refuse(response, context, "Sign in: send HTTP Basic credentials or a Bearer API token.")
                    : context.doNothing();
        }
        return context.isProtected() ? sendToLoginPage(request, response, context) : context.doNothing();
    }

    /**
     * The login form called {@code SecurityContext.authenticate} with the typed credential. The
     * session id changes, so an id planted before sign-in is worth nothing after it.
     */
    private AuthenticationStatus formSignIn(HttpServletRequest request, HttpMessageContext context) {
        var credential = context.getAuthParameters().getCredential();
        var result = credential == null ? CredentialValidationResult.INVALID_RESULT : identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession().setAttribute(STAMP, sessions.begin(result.getCallerPrincipal().getName()));
        return context.notifyContainerAboutLogin(result);
    }

    /** Basic or Bearer: checked on every call, remembered nowhere. */
    private AuthenticationStatus perRequest(String header, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = AuthorizationHeader.credentialOf(header);
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
     * The caller of a session the form opened, with their roles of the moment; null without one.
     * A session that no longer stands is invalidated, and the request goes on as anonymous.
     */
    private AuthenticationStatus resumeSession(HttpServletRequest request, HttpMessageContext context) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(STAMP) instanceof ScreenSessions.Stamp stamp)) {
            return null;
        }
        var roles = sessions.resume(stamp);
        if (roles.isEmpty()) {
            session.invalidate();
            return null;
        }
        return context.notifyContainerAboutLogin(stamp.username(),
                roles.get().stream().map(Enum::name).collect(Collectors.toSet()));
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

    /** The container sends the 401; its error page turns the detail into a problem. */
    private static AuthenticationStatus refuse(HttpServletResponse response, HttpMessageContext context, String detail) {
        challenge(context.getRequest(), response, detail);
        return context.responseUnauthorized();
    }

    /** Asks for Basic or Bearer credentials, saying why, before a 401 is sent. */
    public static void challenge(HttpServletRequest request, HttpServletResponse response, String detail) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        request.setAttribute(ProblemErrorPage.DETAIL, detail);
    }
}
