package org.bilet.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.bilet.people.ApiTokens;

/** Validates API tokens; passwords are left to the database store. */
@ApplicationScoped
public class ApiTokenIdentityStore implements IdentityStore {

    @EJB
    ApiTokens apiTokens;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof ApiTokenCredential token)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return apiTokens.authenticate(token.token())
                .map(bearer -> new CredentialValidationResult(bearer.username(),
                        bearer.roles().stream().map(Enum::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /** Providing groups too makes the handler keep the roles this store found for the token. */
    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
