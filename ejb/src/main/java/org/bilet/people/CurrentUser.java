package org.bilet.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;
import org.hibernate.Session;

/** The signed-in caller as a user, read through the natural-id cache. */
@ApplicationScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    EntityManager em;

    public User get() {
        var principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            throw new IllegalStateException("no authenticated caller");
        }
        return em.unwrap(Session.class).bySimpleNaturalId(User.class).load(principal.getName());
    }

    /** The caller, or empty for a reader who did not sign in (public knowledge-base articles). */
    public Optional<User> signedIn() {
        var principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        return em.unwrap(Session.class).bySimpleNaturalId(User.class).loadOptional(principal.getName());
    }
}
