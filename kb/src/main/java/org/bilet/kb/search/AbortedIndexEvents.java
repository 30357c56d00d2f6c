package org.bilet.kb.search;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.logging.Logger;
import org.bilet.cluster.TimerTurns;
import org.bilet.people.Roles;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.outboxpolling.OutboxPollingExtension;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * With a search cluster, a change reaches the index through the outbox, and outbox-polling gives up
 * on an event after three failed attempts (five seconds apart, see {@link ElasticsearchBackendSettings}):
 * it is kept as aborted and never tried again by itself. A cluster down for longer than that would
 * leave those changes out of the index for good; this pass puts them back in the queue every
 * {@link #PERIOD}, once in the cluster of nodes, so that every committed change is indexed once the
 * search cluster answers again. Does nothing with the embedded index, which is written in the change's own commit.
 */
@Singleton
@RunAs(Roles.SYSTEM)
@RunAsPrincipal("@bilet")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AbortedIndexEvents {

    static final Duration PERIOD = Duration.ofSeconds(15);
    private static final Logger LOG = Logger.getLogger(AbortedIndexEvents.class.getName());

    @Inject
    EntityManager em;

    @EJB
    TimerTurns turns;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void retry() {
        if (SearchBackend.configured() != SearchBackend.ELASTICSEARCH || !turns.take("index-events-retry", PERIOD)) {
            return;
        }
        var outbox = Search.mapping(em.getEntityManagerFactory()).extension(OutboxPollingExtension.get());
        if (outbox.countAbortedEvents() > 0) {
            LOG.warning(() -> "Index changes the search cluster missed, queued again: " + outbox.reprocessAbortedEvents());
        }
    }
}
