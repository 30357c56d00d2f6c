package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilet.it.ProblemAssert.assertProblem;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end: a receiver in this JVM (the server under test posts to it on this machine)
 * gets signed bodies for ticket events, a 500 is retried and the delivery log shows both attempts,
 * and an internal note reaches only a hook that asked for internal events.
 */
class WebhooksIT extends ApiTestCase {

    private static final String SECRET = "whsec-" + Json.uniqueTag() + "-long-enough";

    private Api admin;
    private Api agent;
    private Api employee;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Long> hooks = new ArrayList<>();
    private volatile ToIntFunction<Received> answer = request -> 200;
    private HttpServer receiver;

    record Received(String path, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        JsonObject json() {
            return jakarta.json.Json.createReader(new StringReader(body)).readObject();
        }
    }

    @BeforeEach
    void startReceiver() throws IOException {
        admin = signedIn("admin");
        agent = signedIn("agent");
        employee = signedIn("employee");
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            var request = new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(request);
            exchange.sendResponseHeaders(answer.applyAsInt(request), -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        hooks.forEach(id -> admin.delete("/api/admin/webhooks/" + id));
        receiver.stop(0);
    }

    @Test
    void ticket_events_arrive_signed_and_an_internal_note_only_where_internal_events_were_asked_for() {
        var hook = register("[\"created\", \"message\", \"status\", \"updated\"]", false);
        var internalHook = register("[\"message\"]", true);
        assertThat(hook.keySet()).doesNotContain("secret").contains("id", "url", "events", "active", "includeInternal");
        assertThat(admin.get("/api/admin/webhooks").body()).doesNotContain(SECRET);

        var subject = "Badge reader beeps " + Json.uniqueTag();
        var number = Json.number(employee.post("/api/tickets",
                "{\"subject\": " + Json.str(subject) + ", \"description\": \"Red light.\"}").json());
        var created = await(r -> isAbout(r, number, "created", hook));
        assertThat(created.header("X-Bilet-Signature")).isEqualTo(signature(created.body()));
        assertThat(created.header("X-Bilet-Delivery")).isEqualTo(created.json().getString("id"));
        assertThat(Long.parseLong(created.header("X-Bilet-Timestamp"))).isCloseTo(Instant.now().getEpochSecond(),
                Offset.offset(120L));
        assertThat(created.json().getJsonObject("ticket").getString("subject")).isEqualTo(subject);
        assertThat(created.json().getJsonObject("ticket").getString("status")).isEqualTo("NEW");

        var secretWord = "pangolin" + Json.uniqueTag().substring(3);
        var tickets = "/api/tickets/" + number + "/messages";
        assertThat(agent.post(tickets, "{\"body\": " + Json.str("Vendor case " + secretWord) + ", \"internal\": true}").status())
                .isEqualTo(201);
        assertThat(agent.post(tickets, "{\"body\": \"We are replacing the reader.\"}").status()).isEqualTo(201);

        var reply = await(r -> isAbout(r, number, "message", hook) && r.body().contains("replacing the reader"));
        assertThat(reply.json().getJsonObject("message").getString("text")).isEqualTo("We are replacing the reader.");
        assertThat(reply.header("X-Bilet-Signature")).isEqualTo(signature(reply.body()));
        await(r -> isAbout(r, number, "status", hook) && r.body().contains("\"to\":\"OPEN\""));
        var note = await(r -> isAbout(r, number, "message", internalHook) && r.body().contains(secretWord));
        assertThat(note.json().getJsonObject("message").getBoolean("internal")).isTrue();

        assertThat(received.stream().filter(r -> isFor(r, hook)).map(Received::body))
                .as("the hook without internal events never hears of the note").noneMatch(body -> body.contains(secretWord));
        var log = deliveries(hook, number);
        assertThat(log.stream().map(d -> d.getString("event")).filter("message"::equals)).as("no delivery was even queued")
                .hasSize(1);
        awaitLog(hook, number, d -> deliveries(hook, number).stream().allMatch(each -> "SENT".equals(each.getString("state"))));
    }

    @Test
    void a_receiver_that_answers_500_gets_the_same_delivery_again_and_the_log_shows_both_attempts() {
        var hook = register("[\"created\"]", false);
        var subject = "Fails first " + Json.uniqueTag();
        var failedOnce = new AtomicBoolean();
        answer = request -> request.body().contains(subject) && failedOnce.compareAndSet(false, true) ? 500 : 200;

        var number = Json.number(employee.post("/api/tickets",
                "{\"subject\": " + Json.str(subject) + ", \"description\": \"d\"}").json());
        var first = await(r -> isAbout(r, number, "created", hook));
        var again = await(r -> isAbout(r, number, "created", hook) && r != first, Duration.ofSeconds(90));

        assertThat(again.header("X-Bilet-Delivery")).isEqualTo(first.header("X-Bilet-Delivery"));
        assertThat(again.body()).isEqualTo(first.body());
        var delivery = awaitLog(hook, number, d -> "SENT".equals(d.getString("state")));
        var attempts = delivery.getJsonArray("attempts").getValuesAs(JsonObject.class);
        assertThat(attempts).extracting(a -> a.getInt("status")).containsExactly(500, 200);
        assertThat(attempts.get(0).getString("error")).isEqualTo("The receiver answered 500.");
        assertThat(delivery.getInt("lastStatus")).isEqualTo(200);
    }

    @Test
    void a_hook_is_an_http_url_without_credentials_with_known_events_and_a_secret_only_administrators_set() {
        var url = "\"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook\"";
        assertThat(fields(admin.post("/api/admin/webhooks", "{\"url\": \"ftp://example.com/x\", \"events\": [\"created\"], "
                + "\"secret\": " + Json.str(SECRET) + "}"))).containsExactly("url");
        assertThat(fields(admin.post("/api/admin/webhooks", "{\"url\": \"https://bob:pw@example.com/x\", \"events\": [\"created\"], "
                + "\"secret\": " + Json.str(SECRET) + "}"))).containsExactly("url");
        assertThat(fields(admin.post("/api/admin/webhooks", "{\"url\": " + url + ", \"events\": [\"created\", \"deleted\"], "
                + "\"secret\": \"short\"}"))).containsExactly("events[1]", "secret");
        assertThat(fields(admin.post("/api/admin/webhooks", "{\"url\": " + url + ", \"events\": []}"))).containsExactly("events", "secret");
        assertProblem(agent.post("/api/admin/webhooks", "{\"url\": " + url + ", \"events\": [\"created\"], \"secret\": "
                + Json.str(SECRET) + "}"), 403);
        assertProblem(agent.get("/api/admin/webhooks"), 403);

        var hook = register("[\"created\"]", false);
        var path = "/api/admin/webhooks/" + hook.getJsonNumber("id");
        assertProblem(admin.put(path, "{\"url\": " + url + ", \"events\": [\"status\"]}"), 428);
        var changed = admin.put(path, "{\"url\": " + url + ", \"events\": [\"status\"], \"active\": false}",
                "\"" + hook.getJsonNumber("version") + "\"");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getBoolean("active")).isFalse();
        assertThat(changed.json().getJsonArray("events").getString(0)).isEqualTo("status");
        assertThat(changed.body()).doesNotContain(SECRET, "secret");
    }

    @Test
    void a_delivery_bilet_gave_up_on_is_sent_again_when_an_administrator_asks() {
        var hook = register("[\"created\"]", false);
        var path = "/api/admin/webhooks/" + hook.getJsonNumber("id");
        var url = Json.str(hook.getString("url"));
        var subject = "Given up " + Json.uniqueTag();
        var down = new AtomicBoolean(true);
        answer = request -> request.body().contains(subject) && down.get() ? 500 : 200;
        var number = Json.number(employee.post("/api/tickets", "{\"subject\": " + Json.str(subject) + ", \"description\": \"d\"}").json());
        await(r -> isAbout(r, number, "created", hook));

        // Switched off while the delivery waits for its next attempt: Bilet gives it up.
        var off = admin.put(path, "{\"url\": " + url + ", \"events\": [\"created\"], \"active\": false}",
                "\"" + hook.getJsonNumber("version") + "\"");
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        var failed = awaitLog(hook, number, d -> "FAILED".equals(d.getString("state")));
        var retry = path + "/deliveries/" + failed.getJsonNumber("id") + "/retry";
        assertThat(admin.post(retry, "{}").status()).as("switched off: it would be given up again").isEqualTo(409);

        down.set(false);
        var on = admin.put(path, "{\"url\": " + url + ", \"events\": [\"created\"], \"active\": true}",
                "\"" + off.json().getJsonNumber("version") + "\"");
        assertThat(on.status()).as(on.body()).isEqualTo(200);
        assertProblem(agent.post(retry, "{}"), 403);
        assertProblem(admin.post(path + "/deliveries/999999999/retry", "{}"), 404);
        var queued = admin.post(retry, "{}");
        assertThat(queued.status()).as(queued.body()).isEqualTo(200);
        assertThat(queued.json().getString("state")).isIn("QUEUED", "SENT");

        var sent = awaitLog(hook, number, d -> "SENT".equals(d.getString("state")));
        assertThat(sent.getJsonArray("attempts").getValuesAs(JsonObject.class)).extracting(a -> a.containsKey("status") && !a.isNull("status") ? a.getInt("status") : 0)
                .as("the earlier attempts stay in the log").startsWith(500).endsWith(200);
        assertProblem(admin.post(retry, "{}"), 409);
    }

    private JsonObject register(String events, boolean includeInternal) {
        var created = admin.post("/api/admin/webhooks", "{\"url\": \"http://127.0.0.1:" + receiver.getAddress().getPort()
                + "/hook/" + (hooks.size() + 1) + "\", \"events\": " + events + ", \"secret\": " + Json.str(SECRET) + ", \"includeInternal\": "
                + includeInternal + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        hooks.add(created.json().getJsonNumber("id").longValue());
        return created.json();
    }

    /** Which hook a request was for: each hook has a path of its own. */
    private static boolean isFor(Received request, JsonObject hook) {
        return hook.getString("url").endsWith(request.path());
    }

    private boolean isAbout(Received request, String number, String event, JsonObject hook) {
        return event.equals(request.header("X-Bilet-Event")) && request.body().contains("\"" + number + "\"") && isFor(request, hook);
    }

    private Received await(Predicate<Received> wanted) {
        return await(wanted, Duration.ofSeconds(30));
    }

    private Received await(Predicate<Received> wanted, Duration patience) {
        var deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            for (var request : received) {
                if (wanted.test(request)) {
                    return request;
                }
            }
            pause();
        }
        throw new AssertionError("No such request within " + patience + "; received: " + received);
    }

    private List<JsonObject> deliveries(JsonObject hook, String number) {
        var page = admin.get("/api/admin/webhooks/" + hook.getJsonNumber("id") + "/deliveries?size=200");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(d -> number.equals(d.getString("ticket"))).toList();
    }

    private JsonObject awaitLog(JsonObject hook, String number, Predicate<JsonObject> wanted) {
        var deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            var found = deliveries(hook, number).stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            pause();
        }
        throw new AssertionError("The log never showed it: " + deliveries(hook, number));
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String signature(String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> fields(Api.Response response) {
        assertProblem(response, 400);
        return response.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList();
    }
}
