package org.bilet.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Random;
import java.util.logging.Logger;
import org.bilet.people.Passwords;
import org.bilet.platform.Settings;
import org.bilet.sla.SlaKeeper;
import org.bilet.sla.SlaPoliciesChanged;

/**
 * Loads the demo into an empty database when demo mode is on. Everything is written in one
 * transaction: if any part fails, nothing is written and the deployment fails with the cause.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** A fixed seed, so that every demo installation tells the same stories. */
    private static final long SEED = 20_240_917L;
    private static final String PASSWORD = "demo";

    @Inject
    Settings settings;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Passwords passwords;

    @Inject
    SlaKeeper keeper;

    @Inject
    Event<SlaPoliciesChanged> policiesChanged;

    @Inject
    Event<DemoLoaded> loaded;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void load() {
        if (!settings.demo() || em.createQuery("select count(u) from User u where u.systemAccount = false", Long.class).getSingleResult() > 0) {
            return;
        }
        var random = new Random(SEED);
        var now = clock.instant();
        var cast = new DemoPeople(em, hashedPassword(), random).create(now);
        var catalog = new DemoCatalog(em, cast.teams()).create();
        new DemoSla(em, catalog).create();
        policiesChanged.fire(new SlaPoliciesChanged());
        new DemoRouting(em, cast.teams()).create();
        new DemoRules(em).create();
        int tickets = new DemoTickets(em, keeper, random, now, cast, catalog, Scenarios.load()).create();
        em.flush();
        loaded.fire(new DemoLoaded(tickets));
        LOG.info(() -> "Demo data loaded: " + cast.users().size() + " users with the password '" + PASSWORD + "', "
                + cast.teams().size() + " teams, " + catalog.categories().size() + " categories, " + tickets + " tickets");
    }

    private String hashedPassword() {
        // Hashing is slow by design and all demo users share one password, so one hash serves them all.
        return passwords.hash(PASSWORD);
    }
}
