package org.bilet.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LdapFilterTest {

    @Test
    void an_ordinary_username_is_left_as_it_is() {
        assertThat(LdapFilter.escape("hanna.berg")).isEqualTo("hanna.berg");
        assertThat(LdapFilter.escape("zofia.żak@example.com")).isEqualTo("zofia.żak@example.com");
    }

    @Test
    void the_characters_rfc_4515_reserves_are_escaped_as_hex() {
        assertThat(LdapFilter.escape("*")).isEqualTo("\\2a");
        assertThat(LdapFilter.escape("a(b)c")).isEqualTo("a\\28b\\29c");
        assertThat(LdapFilter.escape("back\\slash")).isEqualTo("back\\5cslash");
        assertThat(LdapFilter.escape("nul\0")).isEqualTo("nul\\00");
    }

    @Test
    void an_injection_attempt_stays_one_value() {
        assertThat(LdapFilter.withUsername("(uid={0})", "*)(uid=*))(|(uid=*"))
                .isEqualTo("(uid=\\2a\\29\\28uid=\\2a\\29\\29\\28|\\28uid=\\2a)");
    }

    @Test
    void every_placeholder_in_the_template_gets_the_username() {
        assertThat(LdapFilter.withUsername("(&(objectClass=person)(|(uid={0})(mail={0})))", "h*"))
                .isEqualTo("(&(objectClass=person)(|(uid=h\\2a)(mail=h\\2a)))");
    }

    @Test
    void a_dn_used_as_a_value_keeps_its_escaped_comma_but_escapes_the_backslash() {
        assertThat(LdapFilter.escape("cn=Berg\\, Hanna,ou=people,dc=example,dc=com"))
                .isEqualTo("cn=Berg\\5c, Hanna,ou=people,dc=example,dc=com");
    }
}
