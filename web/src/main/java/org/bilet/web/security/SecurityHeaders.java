package org.bilet.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers every answer carries, refusals included: no type sniffing, no framing (for browsers that predate
 * {@code frame-ancestors}), the address of a page only to Bilet's own pages. The API also gets
 * {@link ContentSecurityPolicy#DATA} (a file downloaded from it cannot run as a page of Bilet);
 * the screens get {@link ContentSecurityPolicy#SCREENS} from PrimeFaces, with the page's nonce.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    /** The headers for an answer to the path (inside the application). */
    static Map<String, String> forPath(String path) {
        var headers = new LinkedHashMap<String, String>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "same-origin");
        if (MachinePaths.isApi(path)) {
            headers.put("Content-Security-Policy", ContentSecurityPolicy.DATA);
        }
        return headers;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Refusals are answered by the error page; they go by the address that was asked for.
        var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String asked ? asked : request.getRequestURI();
        forPath(uri.substring(request.getContextPath().length())).forEach(response::setHeader);
        chain.doFilter(request, response);
    }
}
