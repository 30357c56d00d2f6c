package org.bilet.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilet.tickets.TestData.NOW;
import static org.bilet.tickets.TestData.agent;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final String TOKEN = "bil_4f9c2a7e1d8b3c6a5e0f9d2c7b4a1e8d";
    private static final Instant IN_A_MONTH = NOW.plus(Duration.ofDays(30));

    private final User owner = agent();

    @Test
    void the_hash_is_64_lower_case_hex_characters() {
        assertThat(ApiToken.hash(TOKEN)).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void the_hash_is_stable_and_is_sha_256() {
        assertThat(ApiToken.hash(TOKEN)).isEqualTo(ApiToken.hash(new String(TOKEN)));
        assertThat(ApiToken.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void different_tokens_hash_differently() {
        assertThat(ApiToken.hash(TOKEN)).isNotEqualTo(ApiToken.hash(TOKEN + "x"));
    }

    @Test
    void a_fresh_token_is_usable_until_it_expires() {
        var token = new ApiToken(owner, "CI", TOKEN, NOW, IN_A_MONTH);

        assertThat(token.isUsableAt(NOW)).isTrue();
        assertThat(token.isUsableAt(IN_A_MONTH.minusSeconds(1))).isTrue();
        assertThat(token.isUsableAt(IN_A_MONTH)).isFalse();
        assertThat(token.isUsableAt(IN_A_MONTH.plusSeconds(1))).isFalse();
    }

    @Test
    void a_token_without_expiry_stays_usable() {
        var token = new ApiToken(owner, "CI", TOKEN, NOW, null);

        assertThat(token.isUsableAt(NOW.plus(Duration.ofDays(3650)))).isTrue();
    }

    @Test
    void a_revoked_token_is_not_usable() {
        var token = new ApiToken(owner, "CI", TOKEN, NOW, IN_A_MONTH);

        token.revoke();

        assertThat(token.revoked()).isTrue();
        assertThat(token.isUsableAt(NOW)).isFalse();
    }

    @Test
    void a_token_of_a_deactivated_user_is_not_usable() {
        var token = new ApiToken(owner, "CI", TOKEN, NOW, null);

        owner.deactivate();

        assertThat(token.isUsableAt(NOW)).isFalse();
    }

    @Test
    void revoking_a_token_ends_every_other_token_of_its_user() {
        var revoked = new ApiToken(owner, "CI", TOKEN, NOW, null);
        var other = new ApiToken(owner, "backup", TOKEN + "b", NOW, null);

        revoked.revoke();

        assertThat(other.isUsableAt(NOW)).isFalse();
        assertThat(new ApiToken(owner, "issued afterwards", TOKEN + "c", NOW, null).isUsableAt(NOW)).isTrue();
    }

    @Test
    void a_new_password_or_a_deactivation_ends_the_tokens_issued_before() {
        var beforeNewPassword = new ApiToken(owner, "CI", TOKEN, NOW, null);
        owner.setPasswordHash("new hash");
        var afterNewPassword = new ApiToken(owner, "CI", TOKEN + "b", NOW, null);

        owner.deactivate();
        owner.reactivate();

        assertThat(beforeNewPassword.isUsableAt(NOW)).isFalse();
        assertThat(afterNewPassword.isUsableAt(NOW)).as("reactivating revives no token").isFalse();
        assertThat(new ApiToken(owner, "CI", TOKEN + "c", NOW, null).isUsableAt(NOW)).isTrue();
    }
}
