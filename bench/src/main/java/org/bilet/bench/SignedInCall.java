package org.bilet.bench;

/**
 * {@code me}: the cheapest signed-in API call, GET /api/me with the same token and client as
 * {@link RestCreate}, from C threads. It writes nothing and reads nothing from the database once
 * the caches are warm, so it shows what HTTP, authentication, JAX-RS, JSON and one EJB call cost
 * before a create does any work of its own.
 */
final class SignedInCall {

    private SignedInCall() {
    }

    static Load.Result run(Api api, String token, int concurrency, int warmup, int count) throws Exception {
        return Load.run(concurrency, warmup, count, () -> () -> {
            var response = api.get("/api/me", token);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /api/me answered " + response.statusCode() + ": " + response.body());
            }
        });
    }

    static void print(Load.Result r) {
        System.out.printf("me      c=%-3d %,7d calls   in %6.1f s: %,8.1f calls/s     %s%s%n",
                r.concurrency(), r.count(), r.seconds(), r.perSecond(), r.latencies().describe(),
                r.errors() == 0 ? "" : "   " + r.errors() + " failed, first: " + r.firstError());
    }
}
