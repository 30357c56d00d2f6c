package org.bilet.web.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * Which requests another site may have sent with the user's cookie (cross-site request forgery):
 * a request that changes something (any method but GET, HEAD, OPTIONS) that the browser marks
 * {@code Sec-Fetch-Site: cross-site}, or whose {@code Origin} is not Bilet's own. Browsers send
 * one or both with every such request; programs send neither and are let through (they
 * authenticate with Basic or Bearer in each request, which no other site can add).
 */
public final class CrossSiteRequests {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private CrossSiteRequests() {
    }

    /**
     * Whether to refuse the request. {@code fetchSite} and {@code origin} are the headers as sent
     * (null when absent); {@code ownOrigins} are the origins Bilet answers at, as {@link #originOf} gives them.
     */
    public static boolean refused(String method, String fetchSite, String origin, Collection<String> ownOrigins) {
        if (SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return false;
        }
        if (fetchSite != null) {
            switch (fetchSite.strip().toLowerCase(Locale.ROOT)) {
                case "same-origin":
                case "none":
                    return false;
                case "cross-site":
                    return true;
                default:
                    // same-site (a sibling host) or a value to come: the origin decides.
            }
        }
        if (origin == null) {
            return false;
        }
        var sender = originOf(origin);
        return sender == null || !ownOrigins.contains(sender);
    }

    /**
     * An origin in one spelling: lower-case scheme and host, the port only when it is not the
     * scheme's default. Null for what is not an http(s) origin ({@code Origin: null} included).
     */
    public static String originOf(String address) {
        try {
            var uri = new URI(address.strip());
            var scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return null;
            }
            return originOf(scheme, uri.getHost(), uri.getPort());
        } catch (URISyntaxException notAnOrigin) {
            return null;
        }
    }

    /** The origin of a scheme, host and port (-1: the scheme's default). */
    public static String originOf(String scheme, String host, int port) {
        var lowerScheme = scheme.toLowerCase(Locale.ROOT);
        var defaultPort = "https".equals(lowerScheme) ? 443 : 80;
        return lowerScheme + "://" + host.toLowerCase(Locale.ROOT) + (port < 0 || port == defaultPort ? "" : ":" + port);
    }
}
