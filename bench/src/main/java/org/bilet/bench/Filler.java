package org.bilet.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code fill}: bulk-loads tickets straight into the database. Each chunk of tickets is one
 * transaction; every table of the chunk goes in as one JDBC batch, which the MariaDB driver sends
 * as bulk inserts (COM_STMT_BULK_EXECUTE). Ids and numbers come from the sequences (see
 * {@link Sequences}); constraints and checks stay on, so a fill never leaves the schema in a state
 * the application could not have produced.
 */
final class Filler {

    private static final String TICKET = """
            insert into ticket (id, number, subject, description, description_format, requester_id, organization_id,
              team_id, assignee_id, priority_id, category_id, channel, status, snoozed_until, resolution, resolution_format,
              answered, created_at, updated_at, first_response_at, resolved_at, closed_at, due_at, version, status_since, language)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    static final String EVENT = """
            insert into ticket_event (id, ticket_id, occurred_at, actor_id, channel, client_address, kind, field, old_value, new_value)
            values (?, ?, ?, ?, ?, ?, 'CREATED', null, null, ?)""";
    private static final String TAG = "insert into ticket_tag (ticket_id, tag) values (?, ?)";
    private static final String FACT_TAG = "insert into ticket_fact_tag (ticket_id, tag, created_at) values (?, ?, ?)";
    private static final String MESSAGE = """
            insert into ticket_message (id, ticket_id, author_id, internal, body, body_format, created_at)
            values (?, ?, ?, ?, ?, 'TEXT', ?)""";
    /** The reports' per-ticket row, as the server keeps it when tickets change through it; filled tickets have no SLA clocks. */
    private static final String FACT = """
            insert into ticket_fact (ticket_id, created_at, first_response_at, resolved_at, closed_at, unresolved, channel, team_id,
              category_id, priority_id, organization_id, assignee_id, staff_replies, reopens)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
    private static final long PROGRESS_EVERY = 50_000;

    private final Options options;
    private final AtomicLong tickets = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();
    private long started;
    private int ticketBlock;
    private int eventBlock;
    private int messageBlock;

    Filler(Options options) {
        this.options = options;
    }

    void run() throws Exception {
        int chunk = options.intValue("chunk", 2_500);
        int threads = options.intValue("threads", 2);
        var corpus = Corpus.load();
        Reference ref;
        long before;
        try (var db = options.connect()) {
            ref = Reference.load(db).requireUsable();
            before = count(db);
            ticketBlock = Sequences.increment(db, "ticket_seq");
            eventBlock = Sequences.increment(db, "ticket_event_seq");
            messageBlock = Sequences.increment(db, "ticket_message_seq");
        }
        // --up-to N fills until the database holds N tickets; --tickets N adds N.
        long total = options.value("up-to", null) != null
                ? Math.max(0, options.longValue("up-to", 0) - before)
                : options.longValue("tickets", 20_000);
        if (total == 0) {
            System.out.printf("The database already holds %,d tickets.%n", before);
            return;
        }
        var maker = new TicketMaker(ref, corpus, Instant.now().truncatedTo(ChronoUnit.SECONDS), Duration.ofDays(options.intValue("spread-days", 730)));
        System.out.printf("Filling %,d tickets (%,d already there) with %d writers, %,d tickets per transaction: %d requesters, %d staff, %d teams, %d categories%n",
                total, before, threads, chunk, ref.requesters().size(), ref.staff().size(), ref.teams().size(), ref.categories().size());
        long chunks = (total + chunk - 1) / chunk;
        var next = new AtomicLong();
        started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            var futures = new ArrayList<Future<?>>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    try (var db = options.connect()) {
                        db.setAutoCommit(false);
                        long c;
                        while ((c = next.getAndIncrement()) < chunks) {
                            long from = c * chunk;
                            writeChunk(db, maker, from, Math.min(total, from + chunk), total, new SplittableRandom(31L * c + 7));
                        }
                    }
                    return null;
                }));
            }
            for (var f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Done: %,d tickets, %,d rows in %.1f s: %,.0f tickets/s, %,.0f rows/s%n",
                tickets.get(), rows.get(), seconds, tickets.get() / seconds, rows.get() / seconds);
        try (var db = options.connect()) {
            analyze(db);
            System.out.printf("The database now holds %,d tickets.%n", count(db));
        }
    }

    /**
     * Refreshes the optimizer's statistics of the filled tables. Without it, open table handles
     * can keep the row counts of before the fill for a while, and the optimizer then joins the
     * ticket list from app_user instead of from the ticket indexes (seconds instead of milliseconds).
     */
    private static void analyze(Connection db) throws SQLException {
        long t0 = System.nanoTime();
        try (var st = db.createStatement(); var rs = st.executeQuery("analyze table ticket, ticket_event, ticket_tag, ticket_message, ticket_fact, ticket_fact_tag")) {
            while (rs.next()) {
                if (!"OK".equalsIgnoreCase(rs.getString("Msg_text")) && !"status".equalsIgnoreCase(rs.getString("Msg_type"))) {
                    System.out.println("  analyze " + rs.getString("Table") + ": " + rs.getString("Msg_text"));
                }
            }
        }
        System.out.printf("Statistics refreshed (ANALYZE TABLE) in %.1f s.%n", (System.nanoTime() - t0) / 1e9);
    }

    private void writeChunk(Connection db, TicketMaker maker, long from, long to, long total, SplittableRandom random)
            throws SQLException {
        int n = (int) (to - from);
        var made = new ArrayList<TicketMaker.Made>(n);
        int messageCount = 0;
        for (long i = from; i < to; i++) {
            var m = maker.make(i, total, random);
            made.add(m);
            messageCount += m.messages().size();
        }
        long[] ids = Sequences.pooledIds(db, "ticket_seq", ticketBlock, n);
        long[] eventIds = Sequences.pooledIds(db, "ticket_event_seq", eventBlock, n);
        long[] messageIds = messageCount == 0 ? new long[0] : Sequences.pooledIds(db, "ticket_message_seq", messageBlock, messageCount);
        long[] numbers = Sequences.values(db, "ticket_number_seq", n);
        long written = 0;
        try (var ticket = db.prepareStatement(TICKET); var event = db.prepareStatement(EVENT);
             var tag = db.prepareStatement(TAG); var message = db.prepareStatement(MESSAGE);
             var fact = db.prepareStatement(FACT); var factTag = db.prepareStatement(FACT_TAG)) {
            int mi = 0;
            for (int i = 0; i < n; i++) {
                var m = made.get(i);
                String number = number(numbers[i]);
                addTicket(ticket, ids[i], number, m);
                event.setLong(1, eventIds[i]);
                event.setLong(2, ids[i]);
                event.setObject(3, m.createdAt());
                event.setLong(4, m.requesterId());
                event.setString(5, m.channel());
                event.setString(6, m.clientAddress());
                event.setString(7, number);
                event.addBatch();
                for (var t : m.tags()) {
                    tag.setLong(1, ids[i]);
                    tag.setString(2, t);
                    tag.addBatch();
                    factTag.setLong(1, ids[i]);
                    factTag.setString(2, t);
                    factTag.setObject(3, m.createdAt());
                    factTag.addBatch();
                    written += 2;
                }
                addFact(fact, ids[i], m);
                for (var msg : m.messages()) {
                    message.setLong(1, messageIds[mi++]);
                    message.setLong(2, ids[i]);
                    message.setLong(3, msg.authorId());
                    message.setBoolean(4, msg.internal());
                    message.setString(5, msg.body());
                    message.setObject(6, msg.at());
                    message.addBatch();
                    written++;
                }
            }
            ticket.executeBatch();
            event.executeBatch();
            tag.executeBatch();
            message.executeBatch();
            fact.executeBatch();
            factTag.executeBatch();
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        }
        progress(n, written + 3L * n);
    }

    private static void addFact(PreparedStatement ps, long id, TicketMaker.Made m) throws SQLException {
        ps.setLong(1, id);
        ps.setObject(2, m.createdAt());
        ps.setObject(3, m.firstResponseAt());
        ps.setObject(4, m.resolvedAt());
        ps.setObject(5, m.closedAt());
        ps.setBoolean(6, !List.of("RESOLVED", "CLOSED").contains(m.status()));
        ps.setString(7, m.channel());
        setLong(ps, 8, m.teamId());
        setLong(ps, 9, m.categoryId());
        ps.setLong(10, m.priorityId());
        setLong(ps, 11, m.organizationId());
        setLong(ps, 12, m.assigneeId());
        ps.setLong(13, m.messages().stream().filter(msg -> !msg.internal() && msg.authorId() != m.requesterId()).count());
        ps.addBatch();
    }

    private static void addTicket(PreparedStatement ps, long id, String number, TicketMaker.Made m) throws SQLException {
        ps.setLong(1, id);
        ps.setString(2, number);
        ps.setString(3, m.subject());
        ps.setString(4, m.description());
        ps.setString(5, m.html() ? "HTML" : "TEXT");
        ps.setLong(6, m.requesterId());
        setLong(ps, 7, m.organizationId());
        setLong(ps, 8, m.teamId());
        setLong(ps, 9, m.assigneeId());
        ps.setLong(10, m.priorityId());
        setLong(ps, 11, m.categoryId());
        ps.setString(12, m.channel());
        ps.setString(13, m.status());
        ps.setObject(14, m.snoozedUntil());
        ps.setString(15, m.resolution());
        ps.setString(16, m.resolution() == null ? null : "TEXT");
        ps.setBoolean(17, m.answered());
        ps.setObject(18, m.createdAt());
        ps.setObject(19, m.updatedAt());
        ps.setObject(20, m.firstResponseAt());
        ps.setObject(21, m.resolvedAt());
        ps.setObject(22, m.closedAt());
        ps.setObject(23, m.dueAt());
        ps.setLong(24, m.version());
        // The status a filled ticket has was reached when it closed or resolved, or else it has had it from the start.
        ps.setObject(25, m.closedAt() != null ? m.closedAt() : m.resolvedAt() != null ? m.resolvedAt() : m.createdAt());
        ps.setString(26, m.language());
        ps.addBatch();
    }

    static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    /** The ticket number as the application formats it: BIL- and at least six digits. */
    static String number(long value) {
        return String.format("BIL-%06d", value);
    }

    static long count(Connection db) throws SQLException {
        try (var rs = db.createStatement().executeQuery("select count(*) from ticket")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void progress(long ticketCount, long rowCount) {
        long before = tickets.getAndAdd(ticketCount);
        long after = before + ticketCount;
        long allRows = rows.addAndGet(rowCount);
        if (after / PROGRESS_EVERY != before / PROGRESS_EVERY) {
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("  %,9d tickets  %,10d rows  %7.1f s  %,8.0f tickets/s  %,8.0f rows/s%n",
                    after, allRows, seconds, after / seconds, allRows / seconds);
        }
    }
}
