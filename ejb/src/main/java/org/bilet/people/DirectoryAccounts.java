package org.bilet.people;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.hibernate.Session;

/**
 * People who sign in with their company directory account: their Bilet user is created at the
 * first sign-in and brought up to date at each one, so tickets can refer to them. A local account
 * of the same username is never taken over.
 */
@Stateless
// Called by the sign-in itself, before anyone is authenticated; the no-interface view is local, so
// only Bilet's own code, after the directory accepted the password, can call it.
@PermitAll
public class DirectoryAccounts {

    private static final Logger LOG = Logger.getLogger(DirectoryAccounts.class.getName());

    /** The sizes of the app_user columns. */
    static final int MAX_USERNAME = 100;
    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = 254;

    /** What the directory says about a person whose password it has just accepted. */
    public record DirectoryPerson(String username, String email, String firstName, String lastName, Set<Role> roles) {
        public DirectoryPerson {
            Objects.requireNonNull(username);
            Objects.requireNonNull(roles);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Creates or updates the person's user and returns it, or nothing when they may not sign in
     * (a local account has the username, the account is deactivated, the entry lacks an e-mail
     * address or shares one with another user); the reason is logged for the administrator.
     */
    public Optional<UserInfo> signedIn(DirectoryPerson person) {
        var username = person.username().strip();
        var email = person.email() == null ? "" : person.email().strip();
        if (username.isEmpty() || username.length() > MAX_USERNAME) {
            return refused(person, "the username is empty or longer than " + MAX_USERNAME + " characters");
        }
        if (email.isEmpty() || email.length() > MAX_EMAIL) {
            return refused(person, "the directory entry has no usable e-mail address (mail)");
        }
        var user = em.unwrap(Session.class).bySimpleNaturalId(User.class).load(username);
        if (user != null && !user.isDirectoryAccount()) {
            return refused(person, "a local Bilet account has this username");
        }
        if (user != null && !user.active()) {
            return refused(person, "the Bilet account is deactivated");
        }
        if (emailTaken(email, username)) {
            return refused(person, "another Bilet user has the e-mail address " + email);
        }
        var firstName = clip(person.firstName());
        var lastName = clip(person.lastName());
        if (user == null) {
            user = User.fromDirectory(username, email, firstName, lastName, person.roles(), clock.instant());
            em.persist(user);
            LOG.info(() -> "Created the directory account '" + username + "' at its first sign-in.");
        } else {
            user.refreshFromDirectory(email, firstName, lastName, person.roles());
        }
        return Optional.of(UserInfo.of(user));
    }

    private boolean emailTaken(String email, String username) {
        return em.createNamedQuery(User.COUNT_OTHERS_WITH_EMAIL, Long.class)
                .setParameter("email", email)
                .setParameter("username", username)
                .getSingleResult() > 0;
    }

    private static String clip(String name) {
        var stripped = name == null ? "" : name.strip();
        return stripped.length() > MAX_NAME ? stripped.substring(0, MAX_NAME) : stripped;
    }

    private static Optional<UserInfo> refused(DirectoryPerson person, String reason) {
        LOG.warning(() -> "Directory sign-in of '" + person.username() + "' refused: " + reason + ".");
        return Optional.empty();
    }
}
