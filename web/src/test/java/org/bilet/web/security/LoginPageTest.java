package org.bilet.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginPageTest {

    @Test
    void a_page_of_bilet_is_followed_after_signing_in() {
        assertThat(LoginPage.safeNext("/desk/queue.xhtml?queue=WAITING")).isEqualTo("/desk/queue.xhtml?queue=WAITING");
    }

    @Test
    void addresses_elsewhere_are_not_followed() {
        assertThat(LoginPage.safeNext("https://evil.example/")).isNull();
        assertThat(LoginPage.safeNext("//evil.example/")).isNull();
        assertThat(LoginPage.safeNext("/\\evil.example/")).isNull();
        assertThat(LoginPage.safeNext("desk/queue.xhtml")).isNull();
    }

    @Test
    void the_login_page_itself_and_nothing_lead_to_the_start_page() {
        assertThat(LoginPage.safeNext("/login.xhtml?next=/login.xhtml")).isNull();
        assertThat(LoginPage.safeNext("")).isNull();
        assertThat(LoginPage.safeNext(null)).isNull();
    }
}
