package org.bilet.people;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first administrator of a production installation: with BILET_ADMIN_PASSWORD set and no
 * administrator in the database, creates the user {@code admin} with that password.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoData"})
public class InitialAdmin {

    private static final Logger LOG = Logger.getLogger(InitialAdmin.class.getName());

    @Inject
    @ConfigProperty(name = "bilet.admin.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "bilet.admin.email", defaultValue = "admin@localhost")
    String email;

    @Inject
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @PostConstruct
    void createIfNone() {
        if (password.isEmpty() || em.createNamedQuery(User.COUNT_WITH_ROLE, Long.class)
                .setParameter("role", Role.ADMIN).getSingleResult() > 0) {
            return;
        }
        var admin = new User("admin", email, "Bilet", "Administrator", Set.of(Role.ADMIN), clock.instant());
        admin.setPasswordHash(passwords.hash(password.get()));
        em.persist(admin);
        LOG.info("Created the administrator 'admin' with the password from BILET_ADMIN_PASSWORD.");
    }
}
