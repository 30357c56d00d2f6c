package org.bilet.people;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How passwords are hashed: PBKDF2 with HMAC-SHA512 at OWASP's recommended work factor. The stored
 * hash records its own parameters, so raising them later keeps old hashes valid.
 */
public final class PasswordPolicy {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=64";

    /** The shortest password an administrator may set; generated ones are longer. */
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {
    }

    /** The parameters as {@code Pbkdf2PasswordHash.initialize} takes them. */
    public static Map<String, String> parameters() {
        return Stream.of(ALGORITHM, ITERATIONS, SALT_SIZE, KEY_SIZE)
                .map(parameter -> parameter.split("=", 2))
                .collect(Collectors.toUnmodifiableMap(keyAndValue -> keyAndValue[0], keyAndValue -> keyAndValue[1]));
    }
}
