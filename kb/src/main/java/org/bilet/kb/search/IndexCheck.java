package org.bilet.kb.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Locale;
import java.util.logging.Logger;
import org.bilet.kb.article.Article;
import org.bilet.people.Roles;
import org.bilet.tickets.Ticket;
import org.hibernate.search.mapper.orm.Search;

/**
 * After a start, compares the tickets and articles in the index with those in the database and rebuilds the
 * index when they differ: a first start on existing data, an index directory lost or restored from
 * another day. Runs once, shortly after deployment, so that the start does not wait for it.
 *
 * <p>With a cluster ({@link SearchBackend#ELASTICSEARCH}) only an empty index is rebuilt (a new
 * cluster, or an index deleted to take a new mapping): the outbox delivers every committed change,
 * so counts that differ at a start are changes still queued, and several nodes starting together
 * must not each rebuild a shared index because of them.
 */
@Singleton
@Startup
// Only once the schema and the demo data are there: a check that ran during a slow migration read
// the ticket table and then waited for the start to finish with its transaction open, holding the
// table's metadata lock against the migration's next ALTER, and the deployment never finished.
@DependsOn({"bilet-ejb.jar#DatabaseMigration", "bilet-ejb.jar#DemoData", "DemoArticles"})
@RunAs(Roles.SYSTEM)
public class IndexCheck {

    private static final Logger LOG = Logger.getLogger(IndexCheck.class.getName());
    private static final long DELAY_MILLIS = 5_000;

    @Resource
    TimerService timers;

    @Inject
    EntityManager em;

    @EJB
    Reindexing reindexing;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig(null, false));
    }

    @Timeout
    void check() {
        if (!agrees(Ticket.class, "select count(t) from Ticket t") || !agrees(Article.class, "select count(a) from Article a")) {
            reindexing.start();
        }
    }

    private boolean agrees(Class<?> type, String count) {
        long inDatabase = em.createQuery(count, Long.class).getSingleResult();
        long inIndex = Search.session(em).search(type).where(f -> f.matchAll()).fetchTotalHitCount();
        boolean stale = SearchBackend.configured() == SearchBackend.ELASTICSEARCH ? inIndex == 0 && inDatabase > 0 : inDatabase != inIndex;
        if (stale) {
            LOG.info(() -> "The search index holds " + inIndex + " " + type.getSimpleName().toLowerCase(Locale.ROOT)
                    + "s of " + inDatabase + ": rebuilding it.");
            return false;
        }
        return true;
    }
}
