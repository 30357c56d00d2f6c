package org.bilet.people;

/**
 * How passwords are hashed: PBKDF2 with HMAC-SHA512 at OWASP's recommended work factor. The stored
 * hash records its own parameters, so raising them later keeps old hashes valid.
 */
public final class PasswordPolicy {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=64";

    private PasswordPolicy() {
    }
}
