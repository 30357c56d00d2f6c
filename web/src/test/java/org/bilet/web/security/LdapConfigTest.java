package org.bilet.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LdapConfigTest {

    private static final Optional<String> BASE = Optional.of("ou=people,dc=example,dc=com");

    @Test
    void the_least_it_needs_is_a_url_and_a_base_dn() {
        var config = LdapConfig.of("ldap://ldap.example.com:389", BASE, Optional.empty(), Optional.empty(),
                LdapConfig.DEFAULT_USER_FILTER, Optional.empty());

        assertThat(config.baseDn().toString()).isEqualTo("ou=people,dc=example,dc=com");
        assertThat(config.groupRoles().groups()).isEmpty();
        assertThat(config.toString()).contains("anonymously", "(uid={0})");
    }

    @Test
    void several_urls_are_tried_in_turn_and_the_password_never_shows() {
        var config = LdapConfig.of("ldaps://ldap1.example.com ldaps://ldap2.example.com", BASE,
                Optional.of("cn=bilet,ou=services,dc=example,dc=com"), Optional.of("s3cret"),
                LdapConfig.DEFAULT_USER_FILTER, Optional.empty());

        assertThat(config.url()).isEqualTo("ldaps://ldap1.example.com ldaps://ldap2.example.com");
        assertThat(config.toString()).contains("as cn=bilet").doesNotContain("s3cret");
    }

    @Test
    void mistakes_name_the_setting() {
        assertThatThrownBy(() -> LdapConfig.of("ldap.example.com", BASE, Optional.empty(), Optional.empty(),
                LdapConfig.DEFAULT_USER_FILTER, Optional.empty())).hasMessageContaining("BILET_LDAP_URL");
        assertThatThrownBy(() -> LdapConfig.of("ldap://ldap.example.com/dc=example,dc=com", BASE, Optional.empty(),
                Optional.empty(), LdapConfig.DEFAULT_USER_FILTER, Optional.empty())).hasMessageContaining("BILET_LDAP_URL");
        assertThatThrownBy(() -> LdapConfig.of("ldap://ldap.example.com", Optional.empty(), Optional.empty(),
                Optional.empty(), LdapConfig.DEFAULT_USER_FILTER, Optional.empty())).hasMessageContaining("BILET_LDAP_BASE_DN");
        assertThatThrownBy(() -> LdapConfig.of("ldap://ldap.example.com", Optional.of("people"), Optional.empty(),
                Optional.empty(), LdapConfig.DEFAULT_USER_FILTER, Optional.empty())).hasMessageContaining("BILET_LDAP_BASE_DN");
        assertThatThrownBy(() -> LdapConfig.of("ldap://ldap.example.com", BASE, Optional.of("cn=bilet"),
                Optional.empty(), LdapConfig.DEFAULT_USER_FILTER, Optional.empty())).hasMessageContaining("BILET_LDAP_BIND_PASSWORD");
        assertThatThrownBy(() -> LdapConfig.of("ldap://ldap.example.com", BASE, Optional.empty(), Optional.empty(),
                "(uid=*)", Optional.empty())).hasMessageContaining("BILET_LDAP_USER_FILTER");
        assertThatThrownBy(() -> LdapConfig.of("ldap://ldap.example.com", BASE, Optional.empty(), Optional.empty(),
                LdapConfig.DEFAULT_USER_FILTER, Optional.of("x=WIZARD"))).hasMessageContaining("BILET_LDAP_GROUP_ROLES");
    }
}
