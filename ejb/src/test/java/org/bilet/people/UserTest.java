package org.bilet.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserTest {

    private final User user = new User("jdoe", "jdoe@example.com", "Jane", "Doe", Set.of(Role.AGENT), Instant.parse("2026-03-02T09:00:00Z"));

    @Test
    void roles_are_replaced_but_never_emptied() {
        user.changeRoles(Set.of(Role.MANAGER, Role.ADMIN));
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.ADMIN);

        assertThatIllegalArgumentException().isThrownBy(() -> user.changeRoles(Set.of()));
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.ADMIN);
    }

    @Test
    void a_new_password_and_a_deactivation_each_end_the_sessions_of_the_user() {
        int start = user.credentialGeneration();

        user.setPasswordHash("hash");
        int afterPassword = user.credentialGeneration();
        user.deactivate();
        user.reactivate();

        assertThat(afterPassword).isGreaterThan(start);
        assertThat(user.credentialGeneration()).isGreaterThan(afterPassword);
    }

    @Test
    void a_deactivated_user_can_be_reactivated() {
        user.deactivate();
        assertThat(user.active()).isFalse();
        user.reactivate();
        assertThat(user.active()).isTrue();
    }

    @Test
    void a_user_moves_between_departments_and_the_path_names_the_organization() {
        var acme = new Organization("Acme", null);
        var finance = new Organization("Finance", acme);

        user.moveTo(finance);
        assertThat(user.organization().path()).isEqualTo("Acme / Finance");
        user.moveTo(null);
        assertThat(user.organization()).isNull();
    }

    @Test
    void generated_passwords_are_long_random_and_unambiguous() {
        var first = Passwords.generate();

        assertThat(first).hasSize(16).doesNotContainPattern("[0O1lI]").matches("[A-Za-z2-9]+");
        assertThat(Passwords.generate()).isNotEqualTo(first);
    }
}
