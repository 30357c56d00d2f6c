package org.bilet.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bilet.web.security.TestDirectory.HELPDESK;
import static org.bilet.web.security.TestDirectory.MANAGERS;
import static org.bilet.web.security.TestDirectory.PASSWORD;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LdapDirectoryTest {

    private final TestDirectory directory = new TestDirectory();
    private final LdapDirectory ldap = new LdapDirectory(directory.config());

    @AfterEach
    void stop() {
        directory.close();
    }

    @Test
    void the_right_password_gives_the_person_with_name_address_and_no_groups() throws Exception {
        var hanna = ldap.authenticate("hanna.berg", PASSWORD.toCharArray()).orElseThrow();

        assertThat(hanna.dn()).isEqualTo("uid=hanna.berg,ou=people,dc=example,dc=com");
        assertThat(hanna.firstName("hanna.berg")).isEqualTo("Hanna");
        assertThat(hanna.lastName()).isEqualTo("Berg");
        assertThat(hanna.mail()).isEqualTo("hanna.berg@example.com");
        assertThat(hanna.groups()).isEmpty();
    }

    @Test
    void groups_count_through_member_and_through_unique_member() throws Exception {
        var lars = ldap.authenticate("lars.holm", PASSWORD.toCharArray()).orElseThrow();
        var mia = ldap.authenticate("mia.strand", PASSWORD.toCharArray()).orElseThrow();

        assertThat(lars.groups()).containsExactlyInAnyOrder(HELPDESK, MANAGERS);
        assertThat(mia.groups()).containsExactly(MANAGERS);
    }

    @Test
    void without_a_given_name_the_common_name_less_the_surname_is_the_first_name() throws Exception {
        var olof = ldap.authenticate("olof", PASSWORD.toCharArray()).orElseThrow();

        assertThat(olof.firstName("olof")).isEqualTo("Olof");
        assertThat(olof.lastName()).isEqualTo("Nyberg");
    }

    @Test
    void a_wrong_or_empty_password_or_an_unknown_user_gives_nobody() throws Exception {
        assertThat(ldap.authenticate("hanna.berg", "wrong".toCharArray())).isEmpty();
        assertThat(ldap.authenticate("hanna.berg", new char[0])).isEmpty();
        assertThat(ldap.authenticate("nobody", PASSWORD.toCharArray())).isEmpty();
    }

    @Test
    void a_wildcard_in_the_username_matches_nobody() throws Exception {
        assertThat(ldap.authenticate("hanna*", PASSWORD.toCharArray())).isEmpty();
        assertThat(ldap.authenticate("*", PASSWORD.toCharArray())).isEmpty();
        assertThat(ldap.authenticate("hanna.berg)(uid=*", PASSWORD.toCharArray())).isEmpty();
    }

    @Test
    void a_filter_that_finds_several_entries_signs_nobody_in() throws Exception {
        var byMailDomain = new LdapDirectory(directory.config(Optional.empty(), Optional.empty(),
                "(&(objectClass=inetOrgPerson)(mail=*{0}))"));

        assertThat(byMailDomain.authenticate("@example.com", PASSWORD.toCharArray())).isEmpty();
    }

    @Test
    void the_search_account_is_used_when_configured() throws Exception {
        var bound = new LdapDirectory(directory.config(Optional.of(TestDirectory.SEARCH_ACCOUNT),
                Optional.of(TestDirectory.SEARCH_PASSWORD), LdapConfig.DEFAULT_USER_FILTER));

        assertThat(bound.authenticate("hanna.berg", PASSWORD.toCharArray())).isPresent();
    }

    @Test
    void a_refused_search_account_means_the_directory_is_unavailable_not_a_wrong_password() {
        var wrongAccount = new LdapDirectory(directory.config(Optional.of(TestDirectory.SEARCH_ACCOUNT),
                Optional.of("not-the-password"), LdapConfig.DEFAULT_USER_FILTER));

        assertThatThrownBy(() -> wrongAccount.authenticate("hanna.berg", PASSWORD.toCharArray()))
                .isInstanceOf(DirectoryUnavailableException.class)
                .hasMessageContaining("refused Bilet's search account cn=bilet");
    }

    @Test
    void an_unreachable_directory_is_reported_as_unavailable() {
        var config = LdapConfig.of("ldap://127.0.0.1:" + TestDirectory.closedPort(), Optional.of(TestDirectory.PEOPLE),
                Optional.empty(), Optional.empty(), LdapConfig.DEFAULT_USER_FILTER, Optional.empty());

        assertThatThrownBy(() -> new LdapDirectory(config).authenticate("hanna.berg", PASSWORD.toCharArray()))
                .isInstanceOf(DirectoryUnavailableException.class)
                .hasMessageContaining("could not be asked");
    }
}
