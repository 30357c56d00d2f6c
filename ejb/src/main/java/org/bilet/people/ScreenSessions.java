package org.bilet.people;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/**
 * The sessions of the screens, which only the sign-in form opens. A session remembers its user and
 * the generation of their credentials it began in, and stands while the user is active and that
 * generation is still theirs: deactivating the user, a new password or a revoked token ends it at
 * its next request (see {@link User#endSessions()}). Its roles are the user's roles of the moment.
 * Both checks run before anyone is authenticated and read the user through the natural-id cache.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ScreenSessions {

    /** What a session keeps of its user; nothing secret. */
    public record Stamp(String username, int generation) implements Serializable {
    }

    @Inject
    EntityManager em;

    /** The stamp of a session opening now for the user the identity stores just accepted. */
    public Stamp begin(String username) {
        return new Stamp(username, userNamed(username).map(User::credentialGeneration).orElse(-1));
    }

    /** The user's roles now, when the session still stands; empty when it has ended. */
    public Optional<Set<Role>> resume(Stamp stamp) {
        return userNamed(stamp.username())
                .filter(user -> user.active() && user.credentialGeneration() == stamp.generation())
                .map(User::roles);
    }

    private Optional<User> userNamed(String username) {
        return em.unwrap(Session.class).bySimpleNaturalId(User.class).loadOptional(username);
    }
}
