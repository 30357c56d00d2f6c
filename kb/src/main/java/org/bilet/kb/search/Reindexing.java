package org.bilet.kb.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bilet.kb.article.Article;
import org.bilet.people.Roles;
import org.bilet.tickets.Ticket;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/**
 * Rebuilds the index of tickets and articles from the database, in the background, one run at a time, with its
 * progress for the screen and the API. Administrators start it; Bilet starts it itself when the
 * index does not hold what the database does (see {@link IndexCheck}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
public class Reindexing {

    private static final Logger LOG = Logger.getLogger(Reindexing.class.getName());

    @PersistenceUnit
    EntityManagerFactory emf;

    private final Clock clock = Clock.systemUTC();
    private volatile ReindexProgress progress = ReindexProgress.never();

    /** Starts a rebuild unless one runs; answers where it stands. */
    public synchronized ReindexProgress start() {
        if (progress.running()) {
            return progress;
        }
        var done = new AtomicLong();
        var total = new AtomicLong();
        var startedAt = clock.instant();
        progress = new ReindexProgress(true, 0, 0, startedAt, null, null);
        Search.mapping(emf).scope(List.of(Ticket.class, Article.class)).massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(200)
                .monitor(new MassIndexingMonitor() {
                    @Override
                    public void documentsAdded(long increment) {
                        progress = new ReindexProgress(true, done.addAndGet(increment), total.get(), startedAt, null, null);
                    }

                    @Override
                    public void documentsBuilt(long increment) {
                    }

                    @Override
                    public void entitiesLoaded(long increment) {
                    }

                    @Override
                    public void addToTotalCount(long increment) {
                        total.addAndGet(increment);
                    }

                    @Override
                    public void indexingCompleted() {
                    }
                })
                .start()
                .whenComplete((ignored, failure) -> {
                    if (failure != null) {
                        LOG.log(Level.SEVERE, "Rebuilding the search index failed", failure);
                    }
                    progress = new ReindexProgress(false, done.get(), total.get(), startedAt, clock.instant(),
                            failure == null ? null : "The rebuild stopped: " + failure.getMessage());
                });
        return progress;
    }

    public ReindexProgress progress() {
        return progress;
    }
}
