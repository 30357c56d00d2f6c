package org.bilet.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line. Commands: {@code fill --tickets N} (or {@code --up-to N}), {@code create --concurrency C --count K [--auth bearer|basic|both]},
 * {@code signin --count K},
 * {@code raw --concurrency C --count K}, {@code me --concurrency C --count K}, {@code list --count K},
 * {@code queue --count K}, {@code mail --concurrency C --count K}, {@code search --count K}, {@code reindex} and {@code all} (which calls {@code me} as often as {@code raw}); common options
 * {@code --url}, {@code --jdbc}, {@code --user}, {@code --password}. See bench/README.md.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
            return;
        }
        switch (options.command()) {
            case "fill" -> new Filler(options).run();
            case "create" -> createSideBySide(options);
            case "signin" -> SignInTiming.print(signIn(options));
            case "raw" -> RawCreate.print(raw(options, options.intValue("concurrency", 8), options.intValue("count", 5000)));
            case "me" -> SignedInCall.print(me(options, options.intValue("concurrency", 8), options.intValue("count", 5000)));
            case "list" -> ListLatency.print(list(options, options.intValue("count", 300)));
            case "queue" -> QueuePage.print(queue(options, options.intValue("count", 300)));
            case "sla" -> new SlaWatchBench(options).run();
            case "rules" -> new BenchRules(options).run();
            case "mail" -> new MailRate(options).run();
            case "intake" -> new IntakeRate(options).run();
            case "search" -> SearchLatency.print(search(options, options.intValue("count", 300)));
            case "similar" -> SimilarLatency.print(similar(options, options.intValue("count", 300)));
            case "kpi" -> KpiLatency.print(kpi(options, options.intValue("count", 20)));
            case "reindex" -> Reindex.run(new Api(options.baseUrl()),
                    new Api(options.baseUrl()).token(options.value("admin", "admin"), options.value("login-password", "demo")));
            case "faq" -> FaqMiningBench.run(options, new Api(options.baseUrl()),
                    new Api(options.baseUrl()).token(options.value("admin", "admin"), options.value("login-password", "demo")));
            case "all" -> all(options);
            case "failover" -> new Failover(options).run();
            case "searchload" -> ClusterSearch.load(options);
            case "indexlag" -> ClusterSearch.lag(options);
            default -> usage("Unknown command '" + options.command() + "'.");
        }
    }

    private static void all(Options options) throws Exception {
        var levels = options.levels();
        System.out.println("Load average at start: " + loadAverage());
        Map<Integer, Load.Result> rest = new LinkedHashMap<>();
        Map<Integer, Load.Result> raw = new LinkedHashMap<>();
        Map<Integer, Load.Result> me = new LinkedHashMap<>();
        for (int c : levels) {
            rest.put(c, create(options, c, options.intValue("create-count", 2000)));
            RestCreate.print(rest.get(c));
            raw.put(c, raw(options, c, options.intValue("raw-count", 5000)));
            RawCreate.print(raw.get(c));
            me.put(c, me(options, c, options.intValue("raw-count", 5000)));
            SignedInCall.print(me.get(c));
        }
        var lists = list(options, options.intValue("list-count", 300));
        ListLatency.print(lists);
        var queues = queue(options, options.intValue("list-count", 300));
        QueuePage.print(queues);
        long tickets;
        try (var db = options.connect()) {
            tickets = Filler.count(db);
        }
        Summary.print(levels, rest, raw, me, lists, queues, tickets);
        System.out.println("Load average at end: " + loadAverage() + " (other work on the machine skews the figures)");
    }

    /** The 1, 5 and 15 minute load averages, where the system tells them. */
    static String loadAverage() {
        try {
            var parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    static Load.Result create(Options options, int concurrency, int count) throws Exception {
        return create(options, "bearer", concurrency, count);
    }

    /** {@code --auth bearer} (default), {@code basic}, or {@code both}: Bearer then Basic, {@code --rounds} times. */
    private static void createSideBySide(Options options) throws Exception {
        var auth = options.value("auth", "bearer");
        var kinds = auth.equals("both") ? List.of("bearer", "basic") : List.of(auth);
        int concurrency = options.intValue("concurrency", 8);
        int count = options.intValue("count", 2000);
        for (int round = 0; round < options.intValue("rounds", 1); round++) {
            for (var kind : kinds) {
                RestCreate.print(kind, create(options, kind, concurrency, count));
            }
        }
    }

    static Load.Result create(Options options, String auth, int concurrency, int count) throws Exception {
        var api = new Api(options.baseUrl());
        var login = options.value("login", "employee");
        var password = options.value("login-password", "demo");
        var authorization = switch (auth) {
            case "bearer" -> Api.bearer(api.token(login, password));
            case "basic" -> Api.basic(login, password);
            default -> throw new IllegalArgumentException("--auth is bearer, basic or both, not '" + auth + "'.");
        };
        List<String> codes;
        try (var db = options.connect()) {
            codes = Reference.load(db).priorities().stream().map(Reference.Priority::code).toList();
        }
        return RestCreate.run(api, authorization, codes, concurrency, options.intValue("warmup", 200), count);
    }

    private static SignInTiming.Result signIn(Options options) throws Exception {
        var api = new Api(options.baseUrl());
        var password = options.value("login-password", "demo");
        var adminToken = api.token(options.value("admin", "admin"), password);
        return SignInTiming.run(api, adminToken, options.value("login", "employee"), password,
                options.intValue("warmup", 10), options.intValue("count", 100));
    }

    private static Load.Result me(Options options, int concurrency, int count) throws Exception {
        var api = new Api(options.baseUrl());
        var token = api.token(options.value("login", "employee"), options.value("login-password", "demo"));
        return SignedInCall.run(api, token, concurrency, options.intValue("warmup", 200), count);
    }

    private static Load.Result raw(Options options, int concurrency, int count) throws Exception {
        Reference ref;
        try (var db = options.connect()) {
            ref = Reference.load(db);
        }
        var login = options.value("login", "employee");
        var requester = ref.person(login)
                .orElseThrow(() -> new IllegalStateException("There is no active user '" + login + "' in the database."));
        return RawCreate.run(options, ref, requester, concurrency, options.intValue("warmup", 200), count);
    }

    private static List<ListLatency.Result> list(Options options, int count) throws Exception {
        var api = new Api(options.baseUrl());
        var token = api.token(options.value("staff", "agent"), options.value("login-password", "demo"));
        return ListLatency.run(api, token, ListLatency.variants(options), count);
    }

    private static List<QueuePage.Result> queue(Options options, int count) throws Exception {
        var page = QueuePage.signedIn(options.baseUrl(), options.value("staff", "agent"), options.value("login-password", "demo"));
        return page.run(QueuePage.variants(options), count);
    }

    private static List<SearchLatency.Result> search(Options options, int count) throws Exception {
        var api = new Api(options.baseUrl());
        var staff = options.value("staff", "agent");
        var requester = options.value("login", "employee");
        var password = options.value("login-password", "demo");
        return List.of(
                SearchLatency.run(api, api.token(staff, password), staff, count),
                SearchLatency.run(api, api.token(requester, password), requester, count));
    }

    private static Latencies similar(Options options, int count) throws Exception {
        var api = new Api(options.baseUrl());
        try (var db = options.connect()) {
            return SimilarLatency.run(api, api.token(options.value("staff", "agent"), options.value("login-password", "demo")), db, count);
        }
    }

    private static List<KpiLatency.Result> kpi(Options options, int count) throws Exception {
        var api = new Api(options.baseUrl());
        return KpiLatency.run(api, api.token(options.value("manager", "manager"), options.value("login-password", "demo")), count);
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("""
                Usage: fill --tickets N | --up-to N  [--threads 2] [--chunk 2500] [--spread-days 730]
                       create --concurrency C --count K [--warmup 200] [--auth bearer|basic|both] [--rounds 1]
                       signin [--count 100] [--warmup 10] [--admin admin]
                       mail --concurrency C --count K [--warmup 200]
                       search [--count 300]
                       similar [--count 300]
                       kpi [--count 20] [--manager manager]
                       reindex
                       faq [--admin admin]
                       raw --concurrency C --count K [--warmup 200]
                       me --concurrency C --count K [--warmup 200]
                       list --count K [--team KEY] [--requester USERNAME]
                       queue --count K [--team KEY]
                       sla [--due 100,500] [--count 20] [--admin admin]
                       rules --active true|false [--admin admin]
                       rules --compare yes [--rounds 3] [--concurrency 8] [--count 2000]
                       failover [--concurrency 8] [--seconds 60] [--kill-after 20] [--kill "bin/bilet-cluster kill 1"]
                                [--search-url URL]
                       searchload [--concurrency 8] [--count 2000] [--warmup 200]
                       indexlag [--count 100] [--search-url URL]
                       all [--levels 1,8] [--create-count 2000] [--raw-count 5000] [--list-count 300] [--warmup 200]
                Options: --url http://localhost:8380  --jdbc jdbc:mariadb://127.0.0.1:3306/bilet_bench
                         --user bilet  --password bilet  --login employee  --staff agent  --login-password demo""");
        System.exit(2);
    }
}
