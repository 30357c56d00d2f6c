package org.bilet.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the API, signed in as one user (Basic) or with a token (Bearer). */
public final class Api {

    public static final String DEMO_PASSWORD = "demo";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String authorization;
    private final String cookie;

    private Api(URI base, String authorization, String cookie) {
        this.base = base;
        this.authorization = authorization;
        this.cookie = cookie;
    }

    public static Api at(URL base) {
        try {
            return new Api(base.toURI(), null, null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public Api as(String username) {
        return as(username, DEMO_PASSWORD);
    }

    public Api as(String username, String password) {
        var basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(base, "Basic " + basic, null);
    }

    public Api withToken(String token) {
        return new Api(base, "Bearer " + token, null);
    }

    /** Sends this cookie (and no credentials of its own), as a browser sends its session cookie. */
    public Api withCookie(String cookie) {
        return new Api(base, null, cookie);
    }

    /** Signs in once with the password and from then on uses a fresh personal token (fast). */
    public Api asWithToken(String username) {
        var issued = as(username).post("/api/me/tokens", "{\"name\":\"tests\"}");
        if (issued.status() != 201) {
            throw new IllegalStateException("cannot issue a token for " + username + ": " + issued);
        }
        return withToken(issued.json().getString("token"));
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, String json) {
        return put(path, json, null);
    }

    public Response put(String path, String json, String ifMatch) {
        var request = request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    public Response delete(String path, String ifMatch) {
        var request = request(path).DELETE();
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    public Response patch(String path, String json, String ifMatch) {
        var request = request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    public Response upload(String path, byte[] content, String contentType, String fileName) {
        return send(request(path).header("Content-Type", contentType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    public Response send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json, */*");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        return builder;
    }

    public record Response(HttpResponse<byte[]> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public byte[] bytes() {
            return raw.body();
        }

        public String body() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray array() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
