package org.bilet.web.security;

import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.URLDecodingHandler;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Decodes the addresses of Bilet's requests (path and query, UTF-8) and answers one with a broken
 * percent-encoding ({@code %zz}, a lone {@code %}) with a 400 that says so: a problem for the API,
 * a short page for the screens. The server's HTTP listener leaves addresses undecoded for this
 * (decode-url=false, see configure.cli); its own decoder would refuse such a request with an empty
 * 400 before any of Bilet's code ran. The decoding itself is Undertow's, with its rules for encoded
 * slashes, so every other request reads exactly as before.
 */
public class AddressDecoding implements ServletExtension {

    /** A percent sign not followed by two hexadecimal digits. */
    private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    static final String DETAIL = "The address has a '%' that is not followed by two hexadecimal digits;"
            + " percent-encode the characters of the path and the query as UTF-8 (a '%' itself is %25).";

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        deployment.addInitialHandlerChainWrapper(new HandlerWrapper() {
            @Override
            public HttpHandler wrap(HttpHandler next) {
                return new Guard(new URLDecodingHandler(next, StandardCharsets.UTF_8.name()));
            }
        });
    }

    /** True when a raw path or query cannot be percent-decoded. */
    static boolean broken(String raw) {
        return raw != null && raw.indexOf('%') >= 0 && BROKEN_ESCAPE.matcher(raw).find();
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    private record Guard(HttpHandler next) implements HttpHandler {

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            if (!broken(exchange.getRequestPath()) && !broken(exchange.getQueryString())) {
                next.handleRequest(exchange);
                return;
            }
            exchange.setStatusCode(400);
            exchange.getResponseHeaders().put(Headers.X_CONTENT_TYPE_OPTIONS, "nosniff");
            exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
            if (isApi(exchange.getRelativePath())) {
                exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json");
                exchange.getResponseSender().send("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\""
                        + DETAIL + "\"}", StandardCharsets.UTF_8);
            } else {
                exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=UTF-8");
                exchange.getResponseSender().send("Bad Request: " + DETAIL + "\n", StandardCharsets.UTF_8);
            }
        }
    }
}
