package org.bilet.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backlogs as gauges, read every {@value #SECONDS} seconds rather than at each scrape, so that a
 * scraper (or several) costs the database nothing: open tickets per queue and mail waiting in the
 * outbox. Each is one grouped query over an index and never loads a ticket: the open count reads
 * {@code ix_ticket_team_unresolved_due (team_id, unresolved, due_at)} alone, the outbox
 * {@code ix_outgoing_mail_due (state, next_attempt_at)}.
 */
@Singleton
@PermitAll
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Backlogs {

    static final int SECONDS = 30;
    static final String OPEN = "bilet.tickets.open";
    static final String OUTBOX = "bilet.outbox.depth";
    /** The queue label of the tickets of no team. */
    static final String NO_TEAM = "none";

    private static final Logger LOG = Logger.getLogger(Backlogs.class.getName());

    /**
     * Every team (with zero when it has no open ticket) and the tickets of none: the team rows are
     * few, and each team's count is a range of the index.
     */
    private static final String OPEN_PER_QUEUE = "select t.team_key, (select count(*) from ticket k"
            + " where k.team_id = t.id and k.unresolved = true) from team t"
            + " union all select null, count(*) from ticket k where k.team_id is null and k.unresolved = true";
    private static final String QUEUED_MAIL = "select count(*) from outgoing_mail where state = 'QUEUED'";

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    /** The last reading of each gauge, by its labels; the registry holds gauges by weak reference, this map strongly. */
    private final Map<Tags, AtomicLong> open = new ConcurrentHashMap<>();
    private final Map<Tags, AtomicLong> outbox = new ConcurrentHashMap<>();

    @Schedule(second = "*/" + SECONDS, minute = "*", hour = "*", persistent = false)
    void read() {
        try {
            openPerQueue().forEach(row -> set(open, OPEN, Tags.of("queue", row[0] == null ? NO_TEAM : (String) row[0]),
                    ((Number) row[1]).longValue()));
            set(outbox, OUTBOX, Tags.of("outbox", "mail"), queuedMail());
        } catch (RuntimeException e) {
            // The values keep their last reading; the next pass tries again.
            LOG.log(Level.WARNING, e, () -> "Backlog gauges not read: " + e);
        }
    }

    /** Sets a gauge, registering it the first time its labels are seen (teams are never deleted). */
    private void set(Map<Tags, AtomicLong> gauges, String name, Tags tags, long value) {
        gauges.computeIfAbsent(tags, t -> register(name, t)).set(value);
    }

    private AtomicLong register(String name, Tags tags) {
        // The server keeps a gauge that an earlier deployment of Bilet left (it would read NaN, its
        // value gone with that deployment, and the registry would hand it back instead of a new one).
        remove(name, tags);
        var value = new AtomicLong();
        registry.gauge(name, tags, value, AtomicLong::doubleValue);
        return value;
    }

    /** On undeployment: the server's registry outlives the deployment and would keep reading its gauges. */
    @PreDestroy
    void unregister() {
        open.keySet().forEach(tags -> remove(OPEN, tags));
        outbox.keySet().forEach(tags -> remove(OUTBOX, tags));
    }

    private void remove(String name, Tags tags) {
        var gauge = registry.find(name).tags(tags).gauge();
        if (gauge != null) {
            registry.remove(gauge);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> openPerQueue() {
        return em.createNativeQuery(OPEN_PER_QUEUE).getResultList();
    }

    private long queuedMail() {
        return ((Number) em.createNativeQuery(QUEUED_MAIL).getSingleResult()).longValue();
    }
}
