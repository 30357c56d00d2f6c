package org.bilet.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where the login form lives, and the safe way back to the page a visitor asked for. */
public final class LoginPage {

    public static final String PATH = "/login.xhtml";

    private LoginPage() {
    }

    /** The login page's address, carrying the requested page (path and query) as {@code next}. */
    public static String address(HttpServletRequest request) {
        var requested = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            requested += "?" + request.getQueryString();
        }
        return request.getContextPath() + PATH + "?next=" + URLEncoder.encode(requested, StandardCharsets.UTF_8);
    }

    /**
     * The page to go to after signing in, or null. Only paths of this application are followed,
     * so a crafted link cannot send a user elsewhere after they signed in.
     */
    public static String safeNext(String next) {
        if (next == null || next.isBlank()) {
            return null;
        }
        return next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") && !next.startsWith(PATH)
                ? next : null;
    }
}
