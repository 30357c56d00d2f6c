package org.bilet.web.security;

import jakarta.ejb.EJB;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.stream.Collectors;
import org.bilet.people.ScreenSessions;
import org.bilet.signin.SignInRefusal;
import org.bilet.web.api.ProblemErrorPage;

/**
 * The one way in. API calls (and health checks) authenticate per request with HTTP Basic or a
 * Bearer API token, open no session and get a 401 problem without credentials. A session exists
 * only once the sign-in form succeeded: it gets a new id then, remembers its user's
 * {@link ScreenSessions.Stamp} and is checked again at every request, so it ends as soon as the
 * user is deactivated, gets a new password or revokes a token. Screens and same-site API calls of
 * the screens (downloads) ride on that session; a visitor without one is sent to the form.
 * Passwords, from the form or Basic, go through {@link PasswordSignIn}: too many failures hold an
 * account or an address back for a while (429 with Retry-After on the API, a message on the form).
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    /** The session attribute holding the {@link ScreenSessions.Stamp} of the signed-in user. */
    private static final String STAMP = SignInMechanism.class.getName() + ".stamp";

    private static final int TOO_MANY_REQUESTS = 429;

    private static final String CHALLENGE = "Basic realm=\"Bilet\", Bearer realm=\"Bilet\"";

    /** Request attribute for the login form: the minutes a held-back sign-in must wait. */
    public static final String HELD_BACK_MINUTES = SignInMechanism.class.getName() + ".heldBackMinutes";

    @Inject
    IdentityStoreHandler identityStores;

    @EJB
    ScreenSessions sessions;

    @Inject
    PasswordSignIn passwords;

    @Inject
    Clock clock;

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
        if (!(context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential login)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        var outcome = passwords.attempt(login, request.getRemoteAddr(), false);
        if (outcome instanceof PasswordSignIn.HeldBack held) {
            request.setAttribute(HELD_BACK_MINUTES, held.refusal().retryAfterMinutes(clock.instant()));
        }
        if (!(outcome instanceof PasswordSignIn.Accepted accepted)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession().setAttribute(STAMP, sessions.begin(accepted.username()));
        return context.notifyContainerAboutLogin(accepted.username(), accepted.roles());
    }

    /** Basic or Bearer: checked on every call; a Basic credential that passed is remembered a while (BasicCache). */
    private AuthenticationStatus perRequest(String header, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = AuthorizationHeader.credentialOf(header);
        if (credential == null) {
            return refuse(response, context, "The Authorization header must be 'Basic …' or 'Bearer …'.");
        }
        if (credential instanceof UsernamePasswordCredential login) {
            return basic(login, response, context);
        }
        var result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return refuse(response, context, credential instanceof ApiTokenCredential
                    ? "The API token is unknown, expired or revoked."
                    : "The username or password is wrong, or the account is deactivated.");
        }
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(UsernamePasswordCredential login, HttpServletResponse response, HttpMessageContext context) {
        var request = context.getRequest();
        var outcome = passwords.attempt(login, request.getRemoteAddr(), true);
        if (outcome instanceof PasswordSignIn.Accepted accepted) {
            return context.notifyContainerAboutLogin(accepted.username(), accepted.roles());
        }
        if (outcome instanceof PasswordSignIn.HeldBack held) {
            return tooManyFailures(request, response, held.refusal());
        }
        return refuse(response, context, "The username or password is wrong, or the account is deactivated.");
    }

    /** 429 with Retry-After; the container's error page turns the detail into a problem. */
    private AuthenticationStatus tooManyFailures(HttpServletRequest request, HttpServletResponse response, SignInRefusal refusal) {
        var now = clock.instant();
        response.setHeader("Retry-After", Long.toString(refusal.retryAfterSeconds(now)));
        var minutes = refusal.retryAfterMinutes(now);
        request.setAttribute(ProblemErrorPage.DETAIL,
                "Too many failed sign-ins. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes."));
        try {
            response.sendError(TOO_MANY_REQUESTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
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
