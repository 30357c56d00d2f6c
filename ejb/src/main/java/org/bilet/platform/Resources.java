package org.bilet.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** The one place that produces shared resources for injection. */
@ApplicationScoped
public class Resources {

    @Produces
    @PersistenceContext(unitName = "bilet")
    private EntityManager entityManager;

    /** Time is injected so that tests and SLA arithmetic can rely on one source. */
    @Produces
    @ApplicationScoped
    public Clock clock() {
        return Clock.systemUTC();
    }
}
