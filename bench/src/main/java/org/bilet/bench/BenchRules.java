package org.bilet.bench;

import java.util.List;

/**
 * {@code rules --active true|false}: twenty automation rules on ticket creation, the benchmark's
 * own, switched on or off, so that {@code create} can be measured with and without them on one
 * server. Eighteen look for words the benchmark's subjects never hold, in the subject, the
 * description or with a regular expression (each is evaluated on every create); two match every
 * ticket the benchmark opens (through the API channel) and tag it, which is a change with its
 * history. Created through the administrators' API the first time.
 */
final class BenchRules {

    static final int COUNT = 20;

    private final Options options;

    BenchRules(Options options) {
        this.options = options;
    }

    void run() throws Exception {
        if (options.value("compare", null) != null) {
            compare();
            return;
        }
        switchTo(Boolean.parseBoolean(options.value("active", "true")));
    }

    /**
     * Creation with the rules off and on, side by side in one run: each round opens {@code --count}
     * tickets at {@code --concurrency} with the rules off, then as many with them on, and prints the
     * ratio of the two rates with the machine's load average: both halves of a round share the same conditions.
     * Each half starts once the outbox has sent the acknowledgments of the half before, so that
     * neither pays for the other's mail; the halves take turns going first.
     */
    private void compare() throws Exception {
        int rounds = options.intValue("rounds", 3);
        int concurrency = options.intValue("concurrency", 8);
        int count = options.intValue("count", 2000);
        for (int round = 1; round <= rounds; round++) {
            Load.Result off = null;
            Load.Result on = null;
            for (boolean active : round % 2 == 1 ? List.of(false, true) : List.of(true, false)) {
                switchTo(active);
                try (var db = options.connect()) {
                    MailRate.waitUntilNothingQueued(db);
                }
                var result = Bench.create(options, "bearer", concurrency, count);
                RestCreate.print(active ? "on" : "off", result);
                if (active) {
                    on = result;
                } else {
                    off = result;
                }
            }
            System.out.printf("round %d: rules on at %.0f %% of rules off (load average %s)%n",
                    round, 100 * on.perSecond() / off.perSecond(), Bench.loadAverage());
        }
    }

    private void switchTo(boolean active) throws Exception {
        var api = new Api(options.value("url", "http://localhost:8380"));
        var token = api.token(options.value("admin", "admin"), options.value("login-password", "demo"));
        for (int i = 1; i <= COUNT; i++) {
            var key = "bench-rule-" + i;
            var json = rule(key, i, active);
            var reply = api.put("/api/admin/rules/" + key, token, json);
            if (reply.statusCode() == 404) {
                reply = api.post("/api/admin/rules", token, json);
            }
            if (reply.statusCode() >= 300) {
                throw new IllegalStateException("Rule " + key + ": " + reply.statusCode() + " " + reply.body());
            }
        }
        System.out.printf("%d benchmark rules on ticket creation are now %s.%n", COUNT, active ? "active" : "inactive");
    }

    private static String rule(String key, int i, boolean active) {
        String condition;
        String action;
        if (i <= 2) {
            condition = "{\"field\": \"channel\", \"operator\": \"is\", \"value\": \"API\"}";
            action = "{\"type\": \"addTag\", \"value\": \"bench-" + i + "\"}";
        } else {
            var field = i % 3 == 0 ? "subject" : "body";
            var operator = i % 4 == 0 ? "matches" : "contains";
            var value = operator.equals("matches") ? "(?i)\\\\bqx" + i + "[a-z]*\\\\b" : "qxzv-" + i;
            condition = "{\"field\": \"" + field + "\", \"operator\": \"" + operator + "\", \"value\": \"" + value + "\"}";
            action = "{\"type\": \"setPriority\", \"value\": \"HIGH\"}";
        }
        return """
                {"key": "%s", "name": "Benchmark rule %d", "active": %s, "position": %d,
                 "trigger": {"type": "CREATED"}, "conditions": [%s], "actions": [%s], "stopProcessing": false}"""
                .formatted(key, i, active, 1000 + i, condition, action);
    }
}
