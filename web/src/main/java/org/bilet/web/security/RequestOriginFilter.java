package org.bilet.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.bilet.platform.RequestOrigin;
import org.bilet.platform.Settings;
import org.bilet.tickets.Channel;
import org.bilet.web.api.ProblemErrorPage;

/**
 * Where a request comes from. The channel (the API under {@code /api}, the web for the screens)
 * and the client's address go into the history of what it changes. A change another site sent
 * with the user's cookie is refused (see {@link CrossSiteRequests}), on the API and the screens
 * alike, the sign-in form included.
 */
@WebFilter("/*")
public class RequestOriginFilter extends HttpFilter {

    /** Request attribute set on a refused cross-site request, read by the screens' error page. */
    public static final String CROSS_SITE = "org.bilet.problem.crossSite";

    @Inject
    RequestOrigin origin;

    @Inject
    Settings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (CrossSiteRequests.refused(request.getMethod(), request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"),
                ownOrigins(request))) {
            request.setAttribute(ProblemErrorPage.DETAIL, "Bilet does not accept changes sent from another site.");
            request.setAttribute(CROSS_SITE, Boolean.TRUE); // the screens' error page says so, instead of "your role"
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        origin.set(MachinePaths.contains(request) ? Channel.API : Channel.WEB, request.getRemoteAddr());
        chain.doFilter(request, response);
    }

    /** The address the request was sent to, and the one users are told to use (BILET_BASE_URL). */
    private Set<String> ownOrigins(HttpServletRequest request) {
        var asAddressed = CrossSiteRequests.originOf(request.getScheme(), request.getServerName(), request.getServerPort());
        var configured = CrossSiteRequests.originOf(settings.baseUrl().toString());
        return configured == null || configured.equals(asAddressed) ? Set.of(asAddressed) : Set.of(asAddressed, configured);
    }
}
