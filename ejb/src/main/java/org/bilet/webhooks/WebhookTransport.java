package org.bilet.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Posts a delivery's body to its hook with the JDK's HTTP client: 5 s to connect and 10 s for the
 * answer, so a slow receiver fails an attempt instead of holding a sender; redirects are not
 * followed (a hook is the URL an administrator registered, not wherever it points on). The answer's
 * body is not read.
 */
@ApplicationScoped
public class WebhookTransport {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** The receiver's status code; an exception when none answered in time. */
    public int post(String url, WebhookEvent event, String deliveryId, String signature, Instant sentAt, String body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Bilet-Webhooks/1")
                .header("X-Bilet-Event", event.apiName())
                .header("X-Bilet-Delivery", deliveryId)
                .header("X-Bilet-Timestamp", Long.toString(sentAt.getEpochSecond()))
                .header("X-Bilet-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
