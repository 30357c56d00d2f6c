package org.bilet.bench;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * {@code raw}: the physical limit of opening a ticket. The rows a REST create writes (the ticket,
 * its CREATED event; the number from ticket_number_seq, the ids from the pooled sequences as
 * Hibernate takes them), one transaction per ticket, from C threads over plain JDBC with prepared
 * statements: no HTTP, no authentication, no ORM.
 */
final class RawCreate {

    private static final String TICKET = """
            insert into ticket (id, number, subject, description, description_format, requester_id, organization_id,
              priority_id, channel, status, answered, created_at, updated_at, due_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, 'API', 'NEW', false, ?, ?, ?, 0)""";

    private RawCreate() {
    }

    static Load.Result run(Options options, Reference ref, Reference.Person requester, int concurrency, int warmup, int count)
            throws Exception {
        var corpus = Corpus.load();
        var seeds = new SplittableRandom(4242);
        Sequences.Pooled ticketIds;
        Sequences.Pooled eventIds;
        try (var db = options.connect()) {
            ticketIds = new Sequences.Pooled(db, "ticket_seq");
            eventIds = new Sequences.Pooled(db, "ticket_event_seq");
        }
        var priorities = ref.priorities();
        return Load.run(concurrency, warmup, count, () -> {
            var random = seeds.split();
            Connection db = options.connect();
            db.setAutoCommit(false);
            var number = db.prepareStatement("select next value for ticket_number_seq");
            var ticket = db.prepareStatement(TICKET);
            var event = db.prepareStatement(Filler.EVENT);
            return new Load.Worker() {
                @Override
                public void once() throws Exception {
                    var text = corpus.ticket(Corpus.LANGUAGES.get(random.nextInt(Corpus.LANGUAGES.size())), random);
                    var priority = priorities.get(random.nextInt(priorities.size()));
                    try {
                        String ticketNumber;
                        try (var rs = number.executeQuery()) {
                            rs.next();
                            ticketNumber = Filler.number(rs.getLong(1));
                        }
                        long id = ticketIds.next(db);
                        var now = Instant.now();
                        var at = TicketMaker.utc(now);
                        ticket.setLong(1, id);
                        ticket.setString(2, ticketNumber);
                        ticket.setString(3, text.subject());
                        ticket.setString(4, text.description());
                        ticket.setString(5, text.html() ? "HTML" : "TEXT");
                        ticket.setLong(6, requester.id());
                        Filler.setLong(ticket, 7, requester.organizationId());
                        ticket.setLong(8, priority.id());
                        ticket.setObject(9, at);
                        ticket.setObject(10, at);
                        ticket.setObject(11, TicketMaker.utc(now.plus(Duration.ofHours(priority.resolutionHours()))));
                        ticket.executeUpdate();
                        event.setLong(1, eventIds.next(db));
                        event.setLong(2, id);
                        event.setObject(3, at);
                        event.setLong(4, requester.id());
                        event.setString(5, "API");
                        event.setString(6, "127.0.0.1");
                        event.setString(7, ticketNumber);
                        event.executeUpdate();
                        db.commit();
                    } catch (Exception e) {
                        db.rollback();
                        throw e;
                    }
                }

                @Override
                public void close() throws Exception {
                    db.close();
                }
            };
        });
    }

    static void print(Load.Result r) {
        System.out.printf("raw     c=%-3d %,7d tickets in %6.1f s: %,8.1f inserts/s  %s%s%n",
                r.concurrency(), r.count(), r.seconds(), r.perSecond(), r.latencies().describe(),
                r.errors() == 0 ? "" : "   " + r.errors() + " failed, first: " + r.firstError());
    }
}
