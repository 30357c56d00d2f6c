package org.bilet.web.security;

import jakarta.servlet.http.HttpServletRequest;

/** The addresses programs call rather than people: the API and the health checks. */
public final class MachinePaths {

    private MachinePaths() {
    }

    public static boolean contains(HttpServletRequest request) {
        return contains(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** Whether the path (inside the application) is under {@code /api} or {@code /health}. */
    static boolean contains(String path) {
        return isApi(path) || under(path, "/health");
    }

    /** Whether the path (inside the application) is under {@code /api}. */
    static boolean isApi(String path) {
        return under(path, "/api");
    }

    private static boolean under(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }
}
