package org.bilet.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sla}: how long a pass of the SLA watch takes when nothing is due and when a batch is.
 * <p>
 * A fill writes tickets without SLA; this first puts the unresolved ones under a 24/7 policy of
 * the benchmark's own (one no real ticket can match: channel SYSTEM), with a running resolution
 * promise from their creation and, as earlier passes would have left it, every threshold already
 * passed announced (so nothing is due). Then it times passes through
 * {@code POST /api/admin/sla/watch} (the server's own figure, without HTTP), idle, and with K
 * tickets made due (their warning moved to a second ago), for each K of {@code --due 100,500}.
 */
final class SlaWatchBench {

    private static final String POLICY_KEY = "bench-24x7";

    /** Unresolved tickets without SLA get the bench policy and a resolution promise, as if kept since opening. */
    private static final String PUT_UNDER_SLA = """
            update ticket t
               set t.sla_policy_id = ?,
                   t.resolution_target_ms = timestampdiff(microsecond, t.created_at, t.due_at) div 1000,
                   t.resolution_phase = if(t.status in ('WAITING', 'ON_HOLD'), 'PAUSED', 'RUNNING'),
                   t.resolution_since = if(t.status in ('WAITING', 'ON_HOLD'), t.updated_at, t.created_at),
                   t.resolution_consumed_ms = if(t.status in ('WAITING', 'ON_HOLD'),
                        least(timestampdiff(microsecond, t.created_at, t.updated_at) div 1000,
                              timestampdiff(microsecond, t.created_at, t.due_at) div 1000), 0),
                   t.resolution_late = false,
                   t.resolution_due_at = if(t.status in ('WAITING', 'ON_HOLD'), null, t.due_at),
                   t.resolution_warn_at = if(t.status in ('WAITING', 'ON_HOLD'), null,
                        t.created_at + interval (timestampdiff(microsecond, t.created_at, t.due_at) * 4 div 5) microsecond),
                   t.resolution_alerted = case
                        when t.due_at <= utc_timestamp(6) then 'BREACHED'
                        when t.created_at + interval (timestampdiff(microsecond, t.created_at, t.due_at) * 4 div 5) microsecond
                             <= utc_timestamp(6) then 'WARNING'
                        else 'NONE' end
             where t.unresolved = true and t.sla_policy_id is null and t.due_at > t.created_at""";

    /** Then the derived columns, from what was just written. */
    private static final String DERIVE = """
            update ticket t
               set t.sla_state = case
                        when t.resolution_phase = 'PAUSED' then if(t.resolution_alerted = 'BREACHED', 'BREACHED', 'PAUSED')
                        when t.resolution_alerted = 'NONE' then 'OK' else t.resolution_alerted end,
                   t.sla_alert_at = case
                        when t.resolution_phase <> 'RUNNING' then null
                        when t.resolution_alerted = 'NONE' then t.resolution_warn_at
                        when t.resolution_alerted = 'WARNING' then t.resolution_due_at
                        else null end
             where t.sla_policy_id = ?""";

    private final Options options;

    SlaWatchBench(Options options) {
        this.options = options;
    }

    void run() throws Exception {
        long underSla;
        try (var db = options.connect()) {
            underSla = prepare(db);
            explainDueQuery(db);
        }
        var api = new Api(options.value("url", "http://localhost:8380"));
        var token = api.token(options.value("admin", "admin"), options.value("login-password", "demo"));
        var results = new ArrayList<String>();
        results.add(idle(api, token, options.intValue("count", 20), underSla));
        for (var k : options.value("due", "100,500").split(",")) {
            results.add(due(api, token, Integer.parseInt(k.strip())));
        }
        System.out.println();
        System.out.println("| SLA watch pass | alerts | server ms (each run) | target |");
        System.out.println("|---|---|---|---|");
        results.forEach(System.out::println);
    }

    private long prepare(Connection db) throws SQLException {
        long policy = benchPolicy(db);
        long t0 = System.nanoTime();
        int put;
        try (var ps = db.prepareStatement(PUT_UNDER_SLA)) {
            ps.setLong(1, policy);
            put = ps.executeUpdate();
        }
        try (var ps = db.prepareStatement(DERIVE)) {
            ps.setLong(1, policy);
            ps.executeUpdate();
        }
        long open = single(db, "select count(*) from ticket where unresolved = true");
        long running = single(db, "select count(*) from ticket where unresolved = true and sla_alert_at is not null");
        long due = single(db, "select count(*) from ticket where sla_alert_at <= utc_timestamp(6)");
        System.out.printf("%,d unresolved tickets, %,d newly put under SLA in %.1f s; %,d with a threshold ahead; %,d due now%n",
                open, put, (System.nanoTime() - t0) / 1e9, running, due);
        return open;
    }

    /** The benchmark's policy, on the 24/7 calendar, for no ticket the application opens. */
    private static long benchPolicy(Connection db) throws SQLException {
        try (var ps = db.prepareStatement("""
                insert ignore into sla_policy (policy_key, name, position, fallback, calendar_id, channel,
                                               first_response_minutes, next_response_minutes, resolution_minutes)
                select ?, 'Benchmark (24/7)', 10000, false, id, 'SYSTEM', 60, 240, 480 from sla_calendar where calendar_key = 'always'""")) {
            ps.setString(1, POLICY_KEY);
            ps.executeUpdate();
        }
        return single(db, "select id from sla_policy where policy_key = '" + POLICY_KEY + "'");
    }

    private static void explainDueQuery(Connection db) throws SQLException {
        try (var st = db.createStatement();
             var rs = st.executeQuery("explain select id from ticket where sla_alert_at <= utc_timestamp(6) order by sla_alert_at limit 500")) {
            while (rs.next()) {
                System.out.printf("The watch's query: type %s, key %s, rows %s, extra %s%n",
                        rs.getString("type"), rs.getString("key"), rs.getString("rows"), rs.getString("Extra"));
            }
        }
    }

    private static String idle(Api api, String token, int count, long open) throws Exception {
        var millis = new ArrayList<Long>();
        for (int i = 0; i < count; i++) {
            var pass = pass(api, token);
            if (pass.alerts > 0) {
                // What was due before the measurement goes first.
                i--;
                continue;
            }
            millis.add(pass.millis);
        }
        return "| nothing due, " + String.format("%,d", open) + " unresolved | 0 | " + summary(millis) + " | < 50 ms |";
    }

    private String due(Api api, String token, int k) throws Exception {
        int made;
        try (var db = options.connect()) {
            made = makeDue(db, k);
        }
        var pass = pass(api, token);
        return "| " + made + " due | " + pass.alerts + " | " + pass.millis + " | < 2,000 ms |";
    }

    /** K running tickets whose warning was a second ago: each pass raises K warnings. */
    private static int makeDue(Connection db, int k) throws SQLException {
        try (var st = db.createStatement()) {
            return st.executeUpdate("""
                    update ticket set resolution_alerted = 'NONE', sla_state = 'OK',
                           resolution_warn_at = utc_timestamp(6) - interval 1 second,
                           resolution_due_at = utc_timestamp(6) + interval 1 hour,
                           sla_alert_at = utc_timestamp(6) - interval 1 second
                     where sla_policy_id = (select id from sla_policy where policy_key = '%s')
                       and resolution_phase = 'RUNNING' and unresolved = true
                     order by id desc limit %d""".formatted(POLICY_KEY, k));
        }
    }

    private record Pass(int alerts, long millis) {
    }

    private static Pass pass(Api api, String token) throws Exception {
        var reply = api.post("/api/admin/sla/watch", token, "{}");
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("POST /api/admin/sla/watch answered " + reply.statusCode() + ": " + reply.body());
        }
        var json = Api.json(reply.body());
        return new Pass(json.getInt("alerts"), json.getJsonNumber("millis").longValue());
    }

    private static String summary(List<Long> millis) {
        var sorted = millis.stream().sorted().toList();
        return "median " + sorted.get(sorted.size() / 2) + ", max " + sorted.get(sorted.size() - 1) + " (" + sorted.size() + " passes)";
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (var st = db.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
