package org.bilet.people;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A personal API token. Only its SHA-256 is stored: the token itself is shown once, when issued.
 * A token is long and random, so a fast hash is safe here, unlike for passwords.
 */
@Entity
@NamedQuery(name = ApiToken.BY_HASH,
        query = "select t from ApiToken t join fetch t.user where t.tokenHash = :hash")
@NamedQuery(name = ApiToken.OF_USER, query = """
        select t from ApiToken t where t.user = :user and t.revoked = false and t.generation = t.user.credentialGeneration
        order by t.createdAt""")
public class ApiToken {

    public static final String BY_HASH = "ApiToken.byHash";
    public static final String OF_USER = "ApiToken.ofUser";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User user;

    private String name;
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private boolean revoked;

    /** The generation of the user's credentials the token was issued in; see {@link User#endSessions()}. */
    private int generation;

    protected ApiToken() {
    }

    public ApiToken(User user, String name, String token, Instant createdAt, Instant expiresAt) {
        this.user = Objects.requireNonNull(user);
        this.name = Objects.requireNonNull(name);
        this.tokenHash = hash(token);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = expiresAt;
        this.generation = user.credentialGeneration();
    }

    public static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Not revoked, not expired, its user active and nothing since its issue has ended the user's sessions. */
    public boolean isUsableAt(Instant now) {
        return !revoked && user.active() && generation == user.credentialGeneration()
                && (expiresAt == null || now.isBefore(expiresAt));
    }

    /**
     * Revokes the token and ends every other session and token of its user: whoever held this one
     * may have issued more tokens with it, and none of them should outlive it.
     */
    public void revoke() {
        revoked = true;
        user.endSessions();
    }

    public Long id() {
        return id;
    }

    public User user() {
        return user;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean revoked() {
        return revoked;
    }
}
