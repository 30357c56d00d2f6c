package org.bilet.tickets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import org.bilet.people.User;
import org.bilet.platform.RequestOrigin;
import org.hibernate.Session;

/** Turns the authenticated caller of the current request into the {@link Actor} of a change. */
@ApplicationScoped
public class Actors {

    @Inject
    SecurityContext securityContext;

    @Inject
    RequestOrigin origin;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public User currentUser() {
        var principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            throw new IllegalStateException("no authenticated caller");
        }
        return em.unwrap(Session.class).bySimpleNaturalId(User.class).load(principal.getName());
    }

    public Actor current() {
        return new Actor(currentUser(), origin.channel(), origin.clientAddress(), clock.instant());
    }
}
