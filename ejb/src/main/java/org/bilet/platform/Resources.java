package org.bilet.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** The one place that produces shared resources for injection. */
@ApplicationScoped
public class Resources {

    @Produces
    @PersistenceContext(unitName = "bilet")
    private EntityManager entityManager;

    /** The server's mail session, configured from BILET_SMTP_* and BILET_MAIL_FROM (see configure.cli). */
    @Produces
    @Resource(lookup = "java:jboss/mail/bilet")
    private Session mailSession;

    /** Time is injected so that tests and SLA arithmetic can rely on one source. */
    @Produces
    @ApplicationScoped
    public Clock clock() {
        return Clock.systemUTC();
    }
}
