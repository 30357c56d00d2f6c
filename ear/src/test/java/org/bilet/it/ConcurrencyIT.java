package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stale versions are refused, concurrent changes never overwrite each other, numbers stay unique. */
class ConcurrencyIT extends ApiTestCase {

    Api agent;
    Api agent2;

    @BeforeEach
    void signIn() {
        agent = signedIn("agent");
        agent2 = signedIn("agent2");
    }

    @Test
    void aChangeOnAStaleVersionIsRefusedWith412AndTheCurrentETag() {
        var number = open();
        var read = agent.get("/api/tickets/" + number);
        var first = agent2.patch("/api/tickets/" + number, "{\"priority\": \"HIGH\"}", read.header("ETag"));

        var stale = agent.patch("/api/tickets/" + number, "{\"priority\": \"LOW\"}", read.header("ETag"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().getString("detail")).contains("changed by someone else");
        assertThat(stale.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(agent.get("/api/tickets/" + number).json().getString("priority")).isEqualTo("HIGH");
    }

    @Test
    void aChangeWithoutIfMatchIsRefusedWith428() {
        var number = open();

        var refused = agent.patch("/api/tickets/" + number, "{\"priority\": \"HIGH\"}", null);

        assertThat(refused.status()).isEqualTo(428);
        assertThat(refused.json().getString("detail")).contains("If-Match");
    }

    @Test
    void ofTwoConcurrentChangesAtOneVersionExactlyOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            var number = open();
            var etag = agent.get("/api/tickets/" + number).header("ETag");
            var barrier = new CyclicBarrier(2);
            var pool = Executors.newFixedThreadPool(2);
            try {
                Future<Api.Response> a = pool.submit(() -> {
                    barrier.await();
                    return agent.patch("/api/tickets/" + number, "{\"priority\": \"HIGH\"}", etag);
                });
                Future<Api.Response> b = pool.submit(() -> {
                    barrier.await();
                    return agent2.patch("/api/tickets/" + number, "{\"priority\": \"LOW\"}", etag);
                });
                var statuses = List.of(a.get().status(), b.get().status());

                assertThat(statuses).containsExactlyInAnyOrder(200, 412);
                var winner = a.get().status() == 200 ? "HIGH" : "LOW";
                assertThat(agent.get("/api/tickets/" + number).json().getString("priority")).isEqualTo(winner);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void numbersStayUniqueUnderEightConcurrentCreators() throws Exception {
        var creators = 8;
        var perCreator = 15;
        var employee = signedIn("employee");
        var barrier = new CyclicBarrier(creators);
        var pool = Executors.newFixedThreadPool(creators);
        try {
            var futures = new ArrayList<Future<List<String>>>();
            for (int c = 0; c < creators; c++) {
                var creator = c;
                futures.add(pool.submit((Callable<List<String>>) () -> {
                    barrier.await();
                    var numbers = new ArrayList<String>();
                    for (int i = 0; i < perCreator; i++) {
                        var created = employee.post("/api/tickets",
                                "{\"subject\": \"Concurrent " + creator + "/" + i + "\", \"description\": \"d\"}");
                        assertThat(created.status()).as(created.body()).isEqualTo(201);
                        numbers.add(created.json().getString("number"));
                    }
                    return numbers;
                }));
            }
            var all = new ArrayList<String>();
            for (var future : futures) {
                all.addAll(future.get());
            }

            assertThat(all).hasSize(creators * perCreator).allMatch(n -> n.matches("BIL-\\d{6,}"));
            assertThat(new HashSet<>(all)).hasSize(creators * perCreator);
        } finally {
            pool.shutdownNow();
        }
    }

    private String open() {
        var created = agent.post("/api/tickets", "{\"subject\": \"Concurrency\", \"description\": \"d\", \"requester\": \"employee\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("number");
    }
}
