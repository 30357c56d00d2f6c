package org.bilet.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The Bilet REST API as the benchmark calls it, with personal API tokens (Bearer) or, to compare,
 * HTTP Basic (the server hashes a password once and then remembers the credential a few minutes).
 * An "authorization" below is the whole header value: {@link #bearer} or {@link #basic}.
 *
 * <p>The JDK's blocking {@link HttpURLConnection}, which keeps connections alive per thread: the
 * client shares the two cores with the server, and the asynchronous {@code java.net.http} client
 * spent 1.2 ms of CPU per request here, about as much as the server's whole create.
 */
final class Api {

    /** A response: its status and its body. */
    record Reply(int statusCode, String body) {
    }

    private final String baseUrl;

    Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Signs in once with the password and creates a personal token for the rest of the run. */
    String token(String username, String password) throws IOException {
        var body = Json.createObjectBuilder().add("name", "benchmark " + System.currentTimeMillis()).build().toString();
        var response = send("POST", "/api/me/tokens", basic(username, password), body);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST /api/me/tokens as " + username + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return json(response.body()).getString("token");
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Reply post(String path, String token, String json) throws IOException {
        return send("POST", path, "Bearer " + token, json);
    }

    /** With a whole Authorization header value, Basic or Bearer. */
    Reply postAs(String path, String authorization, String json) throws IOException {
        return send("POST", path, authorization, json);
    }

    Reply getAs(String pathAndQuery, String authorization) throws IOException {
        return send("GET", pathAndQuery, authorization, null);
    }

    Reply put(String path, String token, String json) throws IOException {
        return send("PUT", path, "Bearer " + token, json);
    }

    Reply delete(String path, String token) throws IOException {
        return send("DELETE", path, "Bearer " + token, null);
    }

    Reply get(String pathAndQuery, String token) throws IOException {
        return send("GET", pathAndQuery, "Bearer " + token, null);
    }

    /** The ETag of what GET answers, to change it with {@link #putIfMatch}. */
    String getEtag(String path, String token) throws IOException {
        var connection = (HttpURLConnection) URI.create(baseUrl + path).toURL().openConnection();
        connection.setRequestProperty("Authorization", "Bearer " + token);
        connection.setRequestProperty("Accept", "application/json");
        try (InputStream in = connection.getInputStream()) {
            in.readAllBytes();
        }
        return connection.getHeaderField("ETag");
    }

    Reply putIfMatch(String path, String token, String json, String etag) throws IOException {
        return send("PUT", path, "Bearer " + token, json, etag);
    }

    private Reply send(String method, String path, String authorization, String json) throws IOException {
        return send(method, path, authorization, json, null);
    }

    private Reply send(String method, String path, String authorization, String json, String ifMatch) throws IOException {
        var connection = (HttpURLConnection) URI.create(baseUrl + path).toURL().openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(60_000);
        connection.setRequestMethod(method);
        connection.setRequestProperty("Authorization", authorization);
        connection.setRequestProperty("Accept", "application/json");
        if (ifMatch != null) {
            connection.setRequestProperty("If-Match", ifMatch);
        }
        if (json != null) {
            var bytes = json.getBytes(StandardCharsets.UTF_8);
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(bytes.length);
            connection.setRequestProperty("Content-Type", "application/json");
            try (var out = connection.getOutputStream()) {
                out.write(bytes);
            }
        }
        int status = connection.getResponseCode();
        // Reading the body to its end and closing the stream hands the connection back for reuse.
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            return new Reply(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
