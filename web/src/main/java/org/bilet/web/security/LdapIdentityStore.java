package org.bilet.web.security;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.bilet.people.DirectoryAccounts;
import org.bilet.people.DirectoryAccounts.DirectoryPerson;
import org.bilet.people.UserInfo;

/**
 * Employees sign in with their company directory account (LDAP), when BILET_LDAP_URL is set. The
 * database store is asked first, so local accounts never depend on the directory; a person the
 * directory accepts gets a Bilet user of their own ({@link DirectoryAccounts}) and the roles their
 * groups give. When the directory cannot be asked, the sign-in fails with a warning in the log.
 */
@ApplicationScoped
public class LdapIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(LdapIdentityStore.class.getName());

    /** After the database store (70), as for the built-in LDAP store. */
    static final int PRIORITY = 80;

    @Inject
    LdapSettings settings;

    @EJB
    DirectoryAccounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        var config = settings.config();
        if (config.isEmpty() || !(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        var username = login.getCaller();
        if (username == null || username.isBlank()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<LdapDirectory.Person> person;
        try {
            person = new LdapDirectory(config.get()).authenticate(username, login.getPassword().getValue());
        } catch (DirectoryUnavailableException e) {
            LOG.warning(() -> "Directory sign-in of '" + printable(username) + "' failed: " + e.getMessage());
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return person
                .flatMap(p -> signIn(new DirectoryPerson(username, p.mail(), p.firstName(username), p.lastName(),
                        config.get().groupRoles().rolesFor(p.groups()))))
                .map(user -> new CredentialValidationResult(user.username(),
                        user.roles().stream().map(Enum::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private Optional<UserInfo> signIn(DirectoryPerson person) {
        try {
            return accounts.signedIn(person);
        } catch (EJBException firstSignInRace) {
            // Two first sign-ins of one person at once: both try to create the user, one loses on
            // the unique username. Asked again, it finds the user the other created.
            return accounts.signedIn(person);
        }
    }

    /** What a caller typed, fit for one log line. */
    static String printable(String typed) {
        return typed.replaceAll("\\p{Cntrl}", "?");
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    /** Providing groups too makes the handler keep the roles this store found. */
    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
