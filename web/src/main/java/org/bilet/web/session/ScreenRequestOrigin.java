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

/** Every screen request is the web channel, from the browser's address; history and audit record both. */
@WebFilter(urlPatterns = "*.xhtml")
public class ScreenRequestOrigin extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.set(Channel.WEB, request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
