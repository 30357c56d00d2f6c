package org.bilet.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code mail --count K --concurrency C}: how fast Bilet sends the mail its changes queue. K
 * tickets are opened through the API at concurrency C; each queues its acknowledgment to the
 * requester, which the server sends after the commit to its SMTP server (the run command's
 * in-process one unless BILET_SMTP_HOST names another). Reads the outbox until all K are sent and
 * prints the sending rate (from the first queued to the last sent), the wait from queued to sent,
 * and the creation rate while sending, to compare with {@code create} on a quiet server.
 */
final class MailRate {

    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private final Options options;

    MailRate(Options options) {
        this.options = options;
    }

    void run() throws Exception {
        int count = options.intValue("count", 2000);
        long after;
        try (var db = options.connect()) {
            waitUntilNothingQueued(db);
            after = single(db, "select coalesce(max(id), 0) from outgoing_mail");
        }
        var creates = Bench.create(options, options.intValue("concurrency", 8), count);
        RestCreate.print(creates);
        try (var db = options.connect()) {
            var deadline = Instant.now().plus(PATIENCE);
            long sent;
            while ((sent = single(db, "select count(*) from outgoing_mail where id > " + after + " and state = 'SENT'")) < count) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Only " + sent + " of " + count + " mails sent within " + PATIENCE);
                }
                Thread.sleep(500);
            }
            report(db, after, count, creates);
            drain(db, after);
        }
    }

    /**
     * The senders' own pace, apart from how fast mail is queued: the K messages just sent (the
     * acknowledgments and any notices to staff the creates caused) are queued
     * again all at once (the SMTP server here is a sink; they arrive twice), and the senders are
     * woken through the outbox's retry, one message per lane; the rate is K over the time until all
     * are sent again.
     */
    private void drain(Connection db, long after) throws Exception {
        var lanes = 4;
        var count = single(db, "select count(*) from outgoing_mail where id > " + after);
        try (var requeue = db.createStatement()) {
            requeue.executeUpdate("update outgoing_mail set state = 'QUEUED', attempts = 0, sent_at = null,"
                    + " next_attempt_at = now(6) + interval 1 hour where id > " + after);
        }
        var wake = new ArrayList<Long>();
        try (var rows = db.createStatement().executeQuery("select min(id) from outgoing_mail where id > " + after
                + " group by mod(id, " + lanes + ")")) {
            while (rows.next()) {
                wake.add(rows.getLong(1));
            }
        }
        try (var due = db.createStatement()) {
            due.executeUpdate("update outgoing_mail set next_attempt_at = now(6) where id > " + after);
            due.executeUpdate("update outgoing_mail set state = 'FAILED' where id in ("
                    + String.join(",", wake.stream().map(String::valueOf).toList()) + ")");
        }
        var api = new Api(options.baseUrl());
        var admin = Api.bearer(api.token(options.value("admin", "admin"), options.value("login-password", "demo")));
        var start = Instant.now();
        for (var id : wake) {
            var woken = api.postAs("/api/admin/mail/outbox/" + id + "/retry", admin, "{}");
            if (woken.statusCode() != 200) {
                throw new IllegalStateException("retry of " + id + " answered " + woken.statusCode() + ": " + woken.body());
            }
        }
        long sent;
        while ((sent = single(db, "select count(*) from outgoing_mail where id > " + after + " and state = 'SENT'")) < count) {
            if (Instant.now().isAfter(start.plus(PATIENCE))) {
                throw new IllegalStateException("Only " + sent + " of " + count + " queued again were sent within " + PATIENCE);
            }
            Thread.sleep(100);
        }
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        System.out.printf("drain   %,d mails queued at once sent in %.1f s: %,.1f mails/s (target >= 100)%n", count, seconds, count / seconds);
    }

    static void waitUntilNothingQueued(Connection db) throws SQLException, InterruptedException {
        var deadline = Instant.now().plus(PATIENCE);
        while (single(db, "select count(*) from outgoing_mail where state = 'QUEUED'") > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Mail queued earlier is still not sent after " + PATIENCE);
            }
            Thread.sleep(1000);
        }
    }

    private static void report(Connection db, long after, int count, Load.Result creates) throws SQLException {
        Instant first = null;
        Instant last = null;
        var waits = new ArrayList<Long>();
        try (var rows = db.createStatement().executeQuery(
                "select created_at, sent_at from outgoing_mail where id > " + after + " and state = 'SENT'")) {
            while (rows.next()) {
                var queued = rows.getTimestamp(1).toInstant();
                var sent = rows.getTimestamp(2).toInstant();
                first = first == null || queued.isBefore(first) ? queued : first;
                last = last == null || sent.isAfter(last) ? sent : last;
                waits.add(Duration.between(queued, sent).toMillis());
            }
        }
        Collections.sort(waits);
        double seconds = Duration.between(first, last).toMillis() / 1000.0;
        System.out.printf("mail    %,d acknowledgments sent in %.1f s: %,.1f mails/s (target >= 100); queued to sent p50 %d ms, "
                        + "p95 %d ms, max %d ms; creates meanwhile %.1f/s%n",
                count, seconds, count / seconds, at(waits, 0.50), at(waits, 0.95), waits.get(waits.size() - 1), creates.perSecond());
    }

    private static long at(List<Long> sorted, double share) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(share * sorted.size()) - 1));
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (var rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
