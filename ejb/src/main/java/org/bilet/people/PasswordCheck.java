package org.bilet.people;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/**
 * Checks a username and password against Bilet's own accounts, before anyone is authenticated. The
 * user is read through the natural-id cache. Unknown and deactivated users, and Bilet's own
 * account, cost one PBKDF2 check like everybody (see {@link Passwords}); a directory account is left
 * to the directory, which takes its own time whatever Bilet does.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PasswordCheck {

    /** What a check found. */
    public enum Verdict { VALID, INVALID, DIRECTORY }

    /** The verdict, and the user's name as stored and roles when it is valid. */
    public record Result(Verdict verdict, String username, Set<Role> roles) {
    }

    @Inject
    EntityManager em;

    @Inject
    Passwords passwords;

    public Result check(String username, String password) {
        var user = username == null || username.isBlank() ? Optional.<User>empty()
                : em.unwrap(Session.class).bySimpleNaturalId(User.class).loadOptional(username);
        if (user.isPresent() && user.get().active() && user.get().isDirectoryAccount()) {
            return new Result(Verdict.DIRECTORY, null, Set.of());
        }
        var hash = user.filter(User::active).map(User::passwordHash).orElse(null);
        return passwords.matches(password, hash)
                ? new Result(Verdict.VALID, user.get().username(), user.get().roles())
                : new Result(Verdict.INVALID, null, Set.of());
    }
}
