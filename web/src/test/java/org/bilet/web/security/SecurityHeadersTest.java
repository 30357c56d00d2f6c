package org.bilet.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"/login.xhtml", "/desk/queue.xhtml", "/portal/ticket.xhtml", "/api/tickets", "/health/ready", "/"})
    void every_answer_is_neither_sniffed_nor_framed_and_tells_no_other_site_where_it_came_from(String path) {
        assertThat(SecurityHeaders.forPath(path))
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("X-Frame-Options", "DENY")
                .containsEntry("Referrer-Policy", "same-origin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api", "/api/tickets/BIL-000001/attachments/7"})
    void api_answers_carry_the_policy_for_data(String path) {
        assertThat(SecurityHeaders.forPath(path)).containsEntry("Content-Security-Policy", ContentSecurityPolicy.DATA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login.xhtml", "/portal/tickets.xhtml", "/apis.xhtml", "/health/ready"})
    void screens_get_their_policy_from_primefaces_with_the_nonce(String path) {
        assertThat(SecurityHeaders.forPath(path)).doesNotContainKey("Content-Security-Policy");
    }
}
