package org.bilet.web.security;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.INVALID;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.NOT_VALIDATED;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bilet.web.security.TestDirectory.PASSWORD;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilet.people.DirectoryAccounts;
import org.bilet.people.DirectoryAccounts.DirectoryPerson;
import org.bilet.people.UserInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The store between the directory and Bilet's users, with the users kept in a list. */
class LdapIdentityStoreTest {

    private final TestDirectory directory = new TestDirectory();
    private final List<DirectoryPerson> signedIn = new ArrayList<>();
    private boolean localAccountExists;

    @AfterEach
    void stop() {
        directory.close();
    }

    @Test
    void a_directory_person_is_valid_with_their_roles_as_groups_and_gets_a_user() {
        var result = store(Optional.of(directory.config())).validate(login("lars.holm", PASSWORD));

        assertThat(result.getStatus()).isEqualTo(VALID);
        assertThat(result.getCallerPrincipal().getName()).isEqualTo("lars.holm");
        assertThat(result.getCallerGroups()).containsExactlyInAnyOrder("REQUESTER", "AGENT", "MANAGER");
        assertThat(signedIn).singleElement().satisfies(p -> {
            assertThat(p.email()).isEqualTo("lars.holm@example.com");
            assertThat(p.firstName()).isEqualTo("Lars");
            assertThat(p.lastName()).isEqualTo("Holm");
        });
    }

    @Test
    void a_wrong_password_is_invalid_and_creates_nobody() {
        var result = store(Optional.of(directory.config())).validate(login("hanna.berg", "wrong"));

        assertThat(result.getStatus()).isEqualTo(INVALID);
        assertThat(signedIn).isEmpty();
    }

    @Test
    void a_local_account_of_the_same_name_is_not_taken_over() {
        localAccountExists = true;

        var result = store(Optional.of(directory.config())).validate(login("hanna.berg", PASSWORD));

        assertThat(result.getStatus()).isEqualTo(INVALID);
    }

    @Test
    void an_unreachable_directory_leaves_the_decision_to_the_other_stores() {
        var config = LdapConfig.of("ldap://127.0.0.1:" + TestDirectory.closedPort(), Optional.of(TestDirectory.PEOPLE),
                Optional.empty(), Optional.empty(), LdapConfig.DEFAULT_USER_FILTER, Optional.empty());

        var result = store(Optional.of(config)).validate(login("hanna.berg", PASSWORD));

        assertThat(result.getStatus()).isEqualTo(NOT_VALIDATED);
    }

    @Test
    void without_ldap_settings_the_store_does_nothing() {
        var store = store(Optional.empty());

        assertThat(store.validate(login("hanna.berg", PASSWORD)).getStatus()).isEqualTo(NOT_VALIDATED);
        assertThat(signedIn).isEmpty();
    }

    @Test
    void tokens_are_left_to_the_token_store_and_database_users_come_first() {
        var store = store(Optional.of(directory.config()));

        assertThat(store.validate(new ApiTokenCredential("bil_x")).getStatus()).isEqualTo(NOT_VALIDATED);
        assertThat(store.priority()).isGreaterThan(70);
    }

    @Test
    void what_a_caller_typed_cannot_add_lines_to_the_log() {
        assertThat(LdapIdentityStore.printable("hanna\nSEVERE forged")).isEqualTo("hanna?SEVERE forged");
    }

    private static UsernamePasswordCredential login(String username, String password) {
        return new UsernamePasswordCredential(username, password);
    }

    private LdapIdentityStore store(Optional<LdapConfig> config) {
        var store = new LdapIdentityStore();
        store.settings = new LdapSettings() {
            @Override
            Optional<LdapConfig> config() {
                return config;
            }
        };
        store.accounts = new DirectoryAccounts() {
            @Override
            public Optional<UserInfo> signedIn(DirectoryPerson person) {
                if (localAccountExists) {
                    return Optional.empty();
                }
                signedIn.add(person);
                return Optional.of(new UserInfo(person.username(), person.firstName() + " " + person.lastName(),
                        person.email(), person.roles(), null, null, Map.of(), "en", false, "UTC", true, true));
            }
        };
        return store;
    }
}
