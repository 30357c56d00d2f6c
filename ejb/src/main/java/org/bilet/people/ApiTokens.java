package org.bilet.people;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bilet.platform.ResourceNotFoundException;
import org.hibernate.jpa.HibernateHints;

/** Personal API tokens: issued to the caller, listed, revoked, and checked on every API call. */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class ApiTokens {

    /** Marks Bilet tokens so that secret scanners and people recognise them. */
    public static final String PREFIX = "bil_";

    private static final SecureRandom RANDOM = new SecureRandom();

    public record TokenInfo(long id, String name, Instant createdAt, Instant expiresAt) {
        static TokenInfo of(ApiToken t) {
            return new TokenInfo(t.id(), t.name(), t.createdAt(), t.expiresAt());
        }
    }

    /** The token itself appears only here, once. */
    public record IssuedToken(TokenInfo info, String token) {
    }

    /** Who a valid token stands for. */
    public record Bearer(String username, Set<Role> roles) {
    }

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public IssuedToken issue(@NotBlank(message = "Name the token, e.g. after the script that uses it.")
                             @Size(max = 100, message = "A token name has {max} characters at most.") String name) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var apiToken = new ApiToken(caller(), name.strip(), token, clock.instant(), null);
        em.persist(apiToken);
        return new IssuedToken(TokenInfo.of(apiToken), token);
    }

    public List<TokenInfo> mine() {
        return em.createNamedQuery(ApiToken.OF_USER, ApiToken.class)
                .setParameter("user", caller())
                .getResultStream().map(TokenInfo::of).toList();
    }

    public void revoke(long id) {
        var token = em.find(ApiToken.class, id);
        if (token == null || !token.user().equals(caller())) {
            throw new ResourceNotFoundException("You have no API token " + id + ".");
        }
        token.revoke();
    }

    /**
     * Checks a presented token; runs before anyone is authenticated, and needs no transaction. The
     * lookup goes through the query cache, which Hibernate empties whenever a token or a user is
     * changed, so a revoked token or a deactivated user is refused at the next call.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Bearer> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        var now = clock.instant();
        return em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", ApiToken.hash(token))
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .getResultList().stream()
                .filter(t -> t.isUsableAt(now))
                .findFirst()
                .map(t -> new Bearer(t.user().username(), t.user().roles()));
    }

    private User caller() {
        return currentUser.get();
    }
}
