package org.bilet.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A browser-like session without a browser: signed in through the sign-in form, its cookie kept,
 * redirects followed. What the server renders for a session, and what the session cookie alone
 * can do, are tested with it.
 */
public final class FormSession {

    public static final String COOKIE = "JSESSIONID";

    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private FormSession(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A session that has not signed in yet. */
    public static FormSession at(URL base) {
        try {
            return new FormSession(base.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A session signed in as the demo user; fails when the form refuses. */
    public static FormSession signedIn(URL base, String username) {
        return signedIn(base, username, Api.DEMO_PASSWORD);
    }

    public static FormSession signedIn(URL base, String username, String password) {
        var session = at(base);
        var answer = session.signIn(username, password);
        if (answer.uri().getPath().endsWith("/login.xhtml")) {
            throw new IllegalStateException("the form did not sign in " + username + ": " + answer.statusCode());
        }
        return session;
    }

    /**
     * Fills in and sends the sign-in form (opening it first); the answer after redirects. Like
     * PrimeFaces' script in a browser, it sends the page's CSP nonce, without which a refused
     * sign-in could not render the form again.
     */
    public HttpResponse<String> signIn(String username, String password, String... headers) {
        var form = get("/login.xhtml");
        var nonce = NONCE.matcher(form.body());
        return post("/login.xhtml", "login=login&login%3Ausername=" + encode(username)
                + "&login%3Apassword=" + encode(password) + "&login%3AsignIn=&jakarta.faces.ViewState="
                + encode(viewStateOf(form.body())) + (nonce.find() ? "&primefaces.nonce=" + encode(nonce.group(1)) : ""), headers);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** Posts a form; headers as name, value pairs (Origin, Sec-Fetch-Site …). */
    public HttpResponse<String> post(String path, String form, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Posts raw bytes, as a page's script uploading a file does. */
    public HttpResponse<String> upload(String path, byte[] content, String fileName, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** The current session id, or null without a session. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(COOKIE)).map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** The view state of the form on a page, for posting it back. */
    public static String viewStateOf(String page) {
        var state = VIEW_STATE.matcher(page);
        if (!state.find()) {
            throw new IllegalStateException("the page has no form with a view state");
        }
        return state.group(1);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
                .header("Accept-Language", "en");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
