package org.bilet.people;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A check without a hash to compare with still hashes: a wrong username costs what a wrong password does. */
class PasswordsTest {

    private final CountingHash hash = new CountingHash();
    private final Passwords passwords = new Passwords();

    PasswordsTest() {
        passwords.pbkdf2 = hash;
        passwords.configure();
    }

    @Test
    void an_unknown_user_is_checked_against_the_dummy_hash_and_refused() {
        assertThat(passwords.matches("guess", null)).isFalse();

        assertThat(hash.verified).containsExactly("dummy:" + hash.generatedFrom.get(0));
        assertThat(passwords.verifications()).isEqualTo(1);
    }

    @Test
    void even_the_password_of_the_dummy_hash_does_not_match() {
        var secret = hash.generatedFrom.get(0);

        assertThat(passwords.matches(secret, null)).isFalse();
    }

    @Test
    void a_known_user_is_checked_against_their_own_hash() {
        assertThat(passwords.matches("right", "dummy:right")).isTrue();
        assertThat(passwords.matches("wrong", "dummy:right")).isFalse();

        assertThat(hash.verified).containsExactly("dummy:right", "dummy:right");
        assertThat(passwords.verifications()).isEqualTo(2);
    }

    @Test
    void the_dummy_hash_has_the_policys_parameters() {
        assertThat(hash.parameters).isEqualTo(PasswordPolicy.parameters());
    }

    /** Records what is hashed and verified; a "hash" is the password behind a prefix. */
    private static final class CountingHash implements Pbkdf2PasswordHash {
        final List<String> generatedFrom = new ArrayList<>();
        final List<String> verified = new ArrayList<>();
        Map<String, String> parameters;

        @Override
        public void initialize(Map<String, String> parameters) {
            this.parameters = parameters;
        }

        @Override
        public String generate(char[] password) {
            generatedFrom.add(new String(password));
            return "dummy:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            verified.add(hashedPassword);
            return hashedPassword.equals("dummy:" + new String(password));
        }
    }
}
