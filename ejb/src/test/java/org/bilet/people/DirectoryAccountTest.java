package org.bilet.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bilet.tickets.TestData.NOW;
import static org.bilet.tickets.TestData.requester;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectoryAccountTest {

    private final User hanna = User.fromDirectory("hanna.berg", "hanna.berg@example.com", "Hanna", "Berg",
            Set.of(Role.REQUESTER), NOW);

    @Test
    void a_person_from_the_directory_is_marked_as_such_and_local_users_are_not() {
        assertThat(hanna.isDirectoryAccount()).isTrue();
        assertThat(hanna.active()).isTrue();
        assertThat(requester().isDirectoryAccount()).isFalse();
    }

    @Test
    void the_directory_owns_name_address_and_roles() {
        hanna.refreshFromDirectory("hanna.lind@example.com", "Hanna", "Lind", Set.of(Role.REQUESTER, Role.AGENT));

        assertThat(hanna.email()).isEqualTo("hanna.lind@example.com");
        assertThat(hanna.displayName()).isEqualTo("Hanna Lind");
        assertThat(hanna.roles()).containsExactlyInAnyOrder(Role.REQUESTER, Role.AGENT);
        assertThat(hanna.isStaff()).isTrue();

        hanna.refreshFromDirectory("hanna.lind@example.com", "Hanna", "Lind", Set.of(Role.REQUESTER));

        assertThat(hanna.roles()).containsExactly(Role.REQUESTER);
        assertThat(hanna.isStaff()).isFalse();
    }

    @Test
    void a_directory_account_gets_no_local_password() {
        assertThatThrownBy(() -> hanna.setPasswordHash("PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA=="))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_directory_never_rewrites_a_local_account() {
        var local = requester();

        assertThatThrownBy(() -> local.refreshFromDirectory("x@example.com", "X", "Y", Set.of(Role.ADMIN)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(local.roles()).containsExactly(Role.REQUESTER);
    }

    @Test
    void a_directory_account_keeps_at_least_one_role() {
        assertThatThrownBy(() -> hanna.refreshFromDirectory("hanna.berg@example.com", "Hanna", "Berg", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
