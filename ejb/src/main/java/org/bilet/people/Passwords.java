package org.bilet.people;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** Hashes new passwords the way the identity store checks them (see {@link PasswordPolicy}). */
@ApplicationScoped
public class Passwords {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PasswordPolicy.parameters());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }
}
