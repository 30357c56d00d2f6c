package org.bilet.bench;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@code create}: tickets opened through POST /api/tickets by a requester with a Bearer token
 * (or, with {@code --auth basic}, HTTP Basic; {@code --auth both} runs one after the other), from C threads; each ticket a subject, a description and a priority, as a requester sends them.
 * The server writes the ticket and its CREATED event, the same rows {@link RawCreate} writes.
 */
final class RestCreate {

    /** Found once: {@code Json.createObjectBuilder()} looks the provider up by ServiceLoader on every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private RestCreate() {
    }

    static Load.Result run(Api api, String authorization, List<String> priorityCodes, int concurrency, int warmup, int count)
            throws Exception {
        var corpus = Corpus.load();
        var seeds = new SplittableRandom(42);
        return Load.run(concurrency, warmup, count, () -> {
            var random = seeds.split();
            return () -> {
                var text = corpus.ticket(Corpus.LANGUAGES.get(random.nextInt(Corpus.LANGUAGES.size())), random);
                var body = JSON.createObjectBuilder()
                        .add("subject", text.subject())
                        .add("description", text.description())
                        .add("priority", priorityCodes.get(random.nextInt(priorityCodes.size())))
                        .build().toString();
                var response = api.postAs("/api/tickets", authorization, body);
                if (response.statusCode() != 201) {
                    throw new IllegalStateException("POST /api/tickets answered " + response.statusCode() + ": " + response.body());
                }
            };
        });
    }

    static void print(Load.Result r) {
        print("create", r);
    }

    static void print(String label, Load.Result r) {
        System.out.printf("%-7s c=%-3d %,7d tickets in %6.1f s: %,8.1f tickets/s   %s%s%n",
                label, r.concurrency(), r.count(), r.seconds(), r.perSecond(), r.latencies().describe(),
                r.errors() == 0 ? "" : "   " + r.errors() + " failed, first: " + r.firstError());
    }
}
