package org.bilet.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
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

    private MultiGauge open;
    private MultiGauge outbox;

    @PostConstruct
    void register() {
        open = MultiGauge.builder(OPEN).description("Unresolved tickets per queue (team key; none: no team), read every "
                + SECONDS + " s").register(registry);
        outbox = MultiGauge.builder(OUTBOX).description("Messages waiting to be sent, per outbox, read every "
                + SECONDS + " s").register(registry);
    }

    @Schedule(second = "*/" + SECONDS, minute = "*", hour = "*", persistent = false)
    void read() {
        try {
            open.register(openPerQueue(), true);
            outbox.register(List.of(MultiGauge.Row.of(Tags.of("outbox", "mail"), queuedMail())), true);
        } catch (RuntimeException e) {
            // The values keep their last reading; the next pass tries again.
            LOG.log(Level.WARNING, e, () -> "Backlog gauges not read: " + e);
        }
    }

    private List<MultiGauge.Row<?>> openPerQueue() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(OPEN_PER_QUEUE).getResultList();
        return rows.stream().<MultiGauge.Row<?>>map(row -> MultiGauge.Row.of(
                Tags.of("queue", row[0] == null ? NO_TEAM : (String) row[0]), ((Number) row[1]).longValue())).toList();
    }

    private long queuedMail() {
        return ((Number) em.createNativeQuery(QUEUED_MAIL).getSingleResult()).longValue();
    }
}
