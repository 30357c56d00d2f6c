package org.bilet.reports.csat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class SurveyTokenTest {

    @Test
    void a_token_is_32_random_bytes_in_base64url_and_is_stored_as_its_sha256() {
        var token = SurveyToken.issue();
        assertThat(token.raw()).matches("[A-Za-z0-9_-]{43}");
        assertThat(token.hash()).matches("[0-9a-f]{64}").isEqualTo(SurveyToken.hashOf(token.raw()).orElseThrow());
        assertThat(token.toString()).doesNotContain(token.raw());

        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(SurveyToken.issue().raw())).isTrue();
        }
    }

    @Test
    void what_cannot_be_a_token_is_not_looked_up() {
        var raw = SurveyToken.issue().raw();
        for (var wrong : new String[]{null, "", "abc", raw + "A", raw.substring(1) + "=", raw.substring(1) + "/",
                "../../etc/passwd", "' or 1=1 --", raw.substring(1) + "\u0000"}) {
            assertThat(SurveyToken.hashOf(wrong)).as(String.valueOf(wrong)).isEmpty();
        }
        // the SHA-256 of a known token, written down, so that the stored form cannot drift
        assertThat(SurveyToken.hashOf("A".repeat(43))).contains("0f007385b6f9d4b7eeb2748605afe1a984a0a3bfa3f014d09e2a784ce9e5cd1a");
    }
}
