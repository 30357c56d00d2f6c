package org.bilet.web.session;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bilet.platform.RequestOrigin;
import org.bilet.tickets.Channel;

/** What people do in the screens is the web channel, from their address; the history records both. */
@WebFilter(servletNames = "Faces")
public class ScreenOrigin extends HttpFilter {

    @Inject
    RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.set(Channel.WEB, request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
