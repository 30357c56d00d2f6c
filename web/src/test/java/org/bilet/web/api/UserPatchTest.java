package org.bilet.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.bilet.admin.UserAccount;
import org.bilet.people.Role;
import org.bilet.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class UserPatchTest {

    private static final UserAccount JOANNA = new UserAccount("jk", "Joanna", "Kowalska", "jk@example.com", Set.of(Role.AGENT),
            3L, "Acme / IT", "pl", "Europe/Warsaw", true, false, Instant.parse("2026-11-20T08:00:00Z"), "+48225550173");

    @Test
    void what_the_patch_leaves_out_stays_as_it_was() {
        var profile = UserPatch.apply(JOANNA, json("{\"lastName\": \"Nowak\", \"roles\": [\"agent\", \"MANAGER\"], \"active\": false}"));

        assertThat(profile.firstName()).isEqualTo("Joanna");
        assertThat(profile.lastName()).isEqualTo("Nowak");
        assertThat(profile.email()).isEqualTo("jk@example.com");
        assertThat(profile.roles()).containsExactlyInAnyOrder(Role.AGENT, Role.MANAGER);
        assertThat(profile.organizationId()).isEqualTo(3L);
        assertThat(profile.language()).isEqualTo("pl");
        assertThat(profile.active()).isFalse();
        assertThat(profile.phone()).isEqualTo("+48225550173");
    }

    @Test
    void null_takes_the_user_out_of_their_organization() {
        assertThat(UserPatch.apply(JOANNA, json("{\"organizationId\": null}")).organizationId()).isNull();
        assertThat(UserPatch.apply(JOANNA, json("{\"organizationId\": 7}")).organizationId()).isEqualTo(7L);
    }

    @Test
    void a_phone_number_is_changed_as_written_and_null_clears_it() {
        assertThat(UserPatch.apply(JOANNA, json("{\"phone\": \"+48 600 100 200\"}")).phone()).isEqualTo("+48 600 100 200");
        assertThat(UserPatch.apply(JOANNA, json("{\"phone\": null}")).phone()).isNull();
    }

    @Test
    void every_wrong_member_is_named_and_a_password_is_pointed_elsewhere() {
        assertThat(refusals("""
                {"firstName": 5, "roles": ["AGENT", "BOSS"], "organizationId": "3", "active": "yes", "phone": 48, "password": "secret", "hash": "x"}"""))
                .containsExactly(
                        "hash: 'hash' cannot be changed here; you can change active, email, firstName, language, lastName, organizationId, phone, roles, timeZone.",
                        "password: Set a password with POST /api/admin/users/{username}/password.",
                        "firstName: firstName must be a string.",
                        "roles[1]: roles[1] must be one of REQUESTER, AGENT, MANAGER, ADMIN, EDITOR.",
                        "organizationId: organizationId must be the id of an organization (a whole number) or null.",
                        "active: active must be true or false.",
                        "phone: phone must be a string such as \"+48 22 555 01 73\", or null for none.");
    }

    private static List<String> refusals(String body) {
        var refused = catchThrowableOfType(InvalidInputException.class, () -> UserPatch.apply(JOANNA, json(body)));
        assertThat(refused).as("refused").isNotNull();
        return refused.errors().stream().map(e -> e.field() + ": " + e.message()).toList();
    }

    private static JsonObject json(String text) {
        return (JsonObject) StrictJson.read(text.getBytes(StandardCharsets.UTF_8));
    }
}
