package org.bilet.people;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * Hashes new passwords and checks typed ones (see {@link PasswordPolicy}). A check without a hash to
 * compare with (no such user, deactivated, no password of their own) still runs PBKDF2, against a
 * hash made at start with the same parameters: a wrong username costs what a wrong password does,
 * so the time of a refusal does not tell which usernames exist.
 */
@ApplicationScoped
public class Passwords {

    /** No 0/O, 1/l/I: a generated password is read off a screen and typed in by hand. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Made of a password nobody knows; a match against it is refused anyway. */
    private String dummyHash;

    /** How many typed passwords this server has hashed to check them, the dummy checks included. */
    private final LongAdder verifications = new LongAdder();

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PasswordPolicy.parameters());
        dummyHash = pbkdf2.generate(generate().toCharArray());
    }

    /** Whether the password matches the stored hash; null (nothing to compare with) is never a match. */
    public boolean matches(String password, String storedHash) {
        verifications.increment();
        var typed = password.toCharArray();
        if (storedHash == null) {
            pbkdf2.verify(typed, dummyHash);
            return false;
        }
        return pbkdf2.verify(typed, storedHash);
    }

    public long verifications() {
        return verifications.sum();
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    /** A random password of 16 characters (about 93 bits), for an administrator to hand over. */
    public static String generate() {
        var password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
