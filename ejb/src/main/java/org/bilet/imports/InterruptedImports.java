package org.bilet.imports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * At start, marks as failed the imports a stop of the server cut off: their runner is gone, and
 * without this they would show as running for ever. Running the same files again is safe, as the
 * import keys skip what came in before. (One server runs imports; several nodes would need the job's
 * owner recorded first.)
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class InterruptedImports {

    static final String REASON = "The server stopped while this import ran. Run the same files again:"
            + " rows imported before are skipped, nothing comes in twice.";

    private static final Logger LOG = Logger.getLogger(InterruptedImports.class.getName());

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @PostConstruct
    void markFailed() {
        var cut = em.createNamedQuery(ImportJob.INTERRUPTED).setParameter("reason", REASON)
                .setParameter("at", clock.instant()).executeUpdate();
        if (cut > 0) {
            LOG.warning(cut + " import(s) cut off by the last stop are marked as failed.");
        }
    }
}
