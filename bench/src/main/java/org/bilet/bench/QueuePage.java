package org.bilet.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code queue}: the helpdesk queue page as a browser gets it, signed in through the login form:
 * the whole HTML page with its 50 rows, one request at a time after a warm-up. The queue counts
 * beside the table load by Ajax after the page and are not part of this figure.
 */
final class QueuePage {

    record Variant(String name, String query) {
    }

    record Result(Variant variant, int bytes, Latencies latencies) {
    }

    private final String baseUrl;
    private final HttpClient client;

    private QueuePage(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** A browser-like session, signed in through the form as a user with a password. */
    static QueuePage signedIn(String baseUrl, String username, String password) throws IOException, InterruptedException {
        var page = new QueuePage(baseUrl);
        page.fetch("/login.xhtml");
        var form = "login=login&login%3Ausername=" + ListLatency.enc(username)
                + "&login%3Apassword=" + ListLatency.enc(password)
                + "&login%3Anext=&login%3AsignIn=&jakarta.faces.ViewState=stateless";
        var response = page.client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 302) {
            throw new IllegalStateException("Signing in as " + username + " through the form answered " + response.statusCode());
        }
        return page;
    }

    static List<Variant> variants(Options options) throws SQLException {
        var variants = new ArrayList<Variant>();
        Reference.teamToMeasure(options).ifPresent(team -> variants.add(
                new Variant("open, team=" + team + ", by due", "queue=OPEN&team=" + ListLatency.enc(team) + "&sort=dueAt,asc")));
        variants.add(new Variant("unassigned in my teams, by due", "queue=UNASSIGNED"));
        variants.add(new Variant("mine, by due", "queue=MINE"));
        return variants;
    }

    List<Result> run(List<Variant> variants, int count) throws IOException, InterruptedException {
        var results = new ArrayList<Result>();
        for (var variant : variants) {
            var path = "/desk/queue.xhtml?" + variant.query();
            int bytes = 0;
            for (int i = 0; i < Math.min(ListLatency.WARMUP, Math.max(5, count)); i++) {
                bytes = get(path).length();
            }
            var latencies = new Latencies();
            for (int i = 0; i < count; i++) {
                long t0 = System.nanoTime();
                get(path);
                latencies.add(System.nanoTime() - t0);
            }
            results.add(new Result(variant, bytes, latencies));
        }
        return results;
    }

    static void print(List<Result> results) {
        for (var r : results) {
            System.out.printf("queue   %-34s %,7d bytes: %s%n", r.variant().name(), r.bytes(), r.latencies().describe());
        }
    }

    private HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html")
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String get(String path) throws IOException, InterruptedException {
        var response = fetch(path);
        if (response.statusCode() != 200 || !response.body().contains("queue-table")) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + " without the queue table");
        }
        return response.body();
    }
}
