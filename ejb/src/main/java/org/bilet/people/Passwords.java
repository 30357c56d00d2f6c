package org.bilet.people;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;

/** Hashes new passwords the way the identity store checks them (see {@link PasswordPolicy}). */
@ApplicationScoped
public class Passwords {

    /** No 0/O, 1/l/I: a generated password is read off a screen and typed in by hand. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PasswordPolicy.parameters());
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
