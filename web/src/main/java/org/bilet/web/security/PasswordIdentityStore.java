package org.bilet.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.bilet.people.PasswordCheck;

/**
 * Users and their roles come from Bilet's own tables; only active users with a password of their
 * own may sign in here (directory accounts have none, see {@link LdapIdentityStore}). Not the
 * built-in database store: that one answers an unknown username without hashing anything, so the
 * time of a refusal told which usernames exist ({@link PasswordCheck} hashes either way).
 */
@ApplicationScoped
public class PasswordIdentityStore implements IdentityStore {

    /** Before the directory (80), as the built-in database store was. */
    static final int PRIORITY = 70;

    @EJB
    PasswordCheck passwords;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        var result = passwords.check(login.getCaller(), login.getPasswordAsString());
        return switch (result.verdict()) {
            case VALID -> new CredentialValidationResult(result.username(),
                    result.roles().stream().map(Enum::name).collect(Collectors.toSet()));
            case INVALID -> CredentialValidationResult.INVALID_RESULT;
            case DIRECTORY -> CredentialValidationResult.NOT_VALIDATED_RESULT;
        };
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
