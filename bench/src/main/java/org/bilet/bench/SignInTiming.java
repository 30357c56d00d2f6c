package org.bilet.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;

/**
 * {@code signin}: how long a refused HTTP Basic sign-in takes when the username does not exist
 * and when the password is wrong, one request at a time, the two alternating. Equal times mean the
 * time of a refusal does not tell which usernames exist. Each wrong password is followed by a
 * right one (not timed), so the account's count starts again and no lockout interferes; when the
 * client's address is blocked after many failures, an administrator's token lifts the block and
 * the attempt is repeated.
 */
final class SignInTiming {

    record Result(Latencies unknownUser, Latencies wrongPassword, int liftedBlocks) {
    }

    private SignInTiming() {
    }

    static Result run(Api api, String adminToken, String username, String password, int warmup, int count) throws IOException {
        var unknown = new Latencies();
        var wrong = new Latencies();
        int lifted = 0;
        for (int i = 0; i < warmup + count; i++) {
            var nobody = "bench-nobody-" + System.nanoTime();
            long unknownNanos;
            long wrongNanos;
            while (true) {
                long t0 = System.nanoTime();
                var first = api.getAs("/api/me", Api.basic(nobody, password));
                long t1 = System.nanoTime();
                var second = api.getAs("/api/me", Api.basic(username, password + "-wrong"));
                long t2 = System.nanoTime();
                if (first.statusCode() == 429 || second.statusCode() == 429) {
                    lifted += liftAll(api, adminToken);
                    continue;
                }
                expect(401, first.statusCode());
                expect(401, second.statusCode());
                unknownNanos = t1 - t0;
                wrongNanos = t2 - t1;
                break;
            }
            expect(200, api.getAs("/api/me", Api.basic(username, password)).statusCode());
            if (i >= warmup) {
                unknown.add(unknownNanos);
                wrong.add(wrongNanos);
            }
        }
        return new Result(unknown, wrong, lifted);
    }

    /** Lifts every lockout (the benchmark's own address among them). */
    private static int liftAll(Api api, String adminToken) throws IOException {
        var list = api.get("/api/admin/lockouts", adminToken);
        expect(200, list.statusCode());
        int lifted = 0;
        try (var reader = Json.createReader(new StringReader(list.body()))) {
            for (var value : reader.readArray()) {
                var id = ((JsonObject) value).getJsonNumber("id").longValue();
                expect(204, api.delete("/api/admin/lockouts/" + id, adminToken).statusCode());
                lifted++;
            }
        }
        return lifted;
    }

    private static void expect(int status, int actual) {
        if (actual != status) {
            throw new IllegalStateException("Expected " + status + ", got " + actual);
        }
    }

    static void print(Result r) {
        System.out.printf("signin  unknown user:   %s, mean %.1f ms%n", r.unknownUser().describe(), r.unknownUser().meanMillis());
        System.out.printf("signin  wrong password: %s, mean %.1f ms%n", r.wrongPassword().describe(), r.wrongPassword().meanMillis());
        if (r.liftedBlocks() > 0) {
            System.out.println("signin  (lifted " + r.liftedBlocks() + " lockouts of the benchmark's address on the way)");
        }
    }
}
