package org.bilet.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.bilet.people.Role;
import org.junit.jupiter.api.Test;

class GroupRolesTest {

    private static final String HELPDESK = "cn=helpdesk,ou=groups,dc=example,dc=com";
    private static final String MANAGERS = "cn=it-managers,ou=groups,dc=example,dc=com";

    @Test
    void entries_split_at_semicolons_and_each_at_its_last_equals_sign() {
        var mapping = GroupRoles.parse(HELPDESK + "=AGENT;" + MANAGERS + "=MANAGER");

        assertThat(mapping.byGroup()).containsOnly(
                org.assertj.core.api.Assertions.entry(HELPDESK, Set.of(Role.AGENT)),
                org.assertj.core.api.Assertions.entry(MANAGERS, Set.of(Role.MANAGER)));
    }

    @Test
    void blanks_around_entries_and_an_empty_last_entry_are_allowed_and_role_case_does_not_matter() {
        var mapping = GroupRoles.parse("  " + HELPDESK + " = agent ;\n " + MANAGERS + "=Manager ; ");

        assertThat(mapping.groups()).containsExactlyInAnyOrder(HELPDESK, MANAGERS);
        assertThat(mapping.rolesFor(List.of(MANAGERS))).containsExactlyInAnyOrder(Role.REQUESTER, Role.MANAGER);
    }

    @Test
    void a_group_listed_twice_gives_both_roles() {
        var mapping = GroupRoles.parse(MANAGERS + "=MANAGER;" + MANAGERS + "=AGENT");

        assertThat(mapping.rolesFor(List.of(MANAGERS)))
                .containsExactlyInAnyOrder(Role.REQUESTER, Role.AGENT, Role.MANAGER);
    }

    @Test
    void an_escaped_semicolon_stays_inside_its_dn() {
        var mapping = GroupRoles.parse("cn=ops\\;night,ou=groups,dc=example,dc=com=ADMIN");

        assertThat(mapping.groups()).containsExactly("cn=ops\\;night,ou=groups,dc=example,dc=com");
    }

    @Test
    void everyone_is_a_requester_and_groups_outside_the_mapping_give_nothing() {
        var mapping = GroupRoles.parse(HELPDESK + "=AGENT");

        assertThat(mapping.rolesFor(List.of())).containsExactly(Role.REQUESTER);
        assertThat(mapping.rolesFor(List.of("cn=canteen,ou=groups,dc=example,dc=com"))).containsExactly(Role.REQUESTER);
        assertThat(mapping.rolesFor(List.of(HELPDESK))).containsExactlyInAnyOrder(Role.REQUESTER, Role.AGENT);
        assertThat(GroupRoles.NONE.rolesFor(List.of(HELPDESK))).containsExactly(Role.REQUESTER);
    }

    @Test
    void an_unknown_role_is_refused_with_the_entry_named() {
        assertThatThrownBy(() -> GroupRoles.parse(HELPDESK + "=SUPERUSER"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'SUPERUSER'").hasMessageContaining("AGENT, MANAGER or ADMIN");
    }

    @Test
    void an_entry_without_a_role_or_without_a_dn_is_refused() {
        assertThatThrownBy(() -> GroupRoles.parse("AGENT")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'<group DN>=<ROLE>'");
        assertThatThrownBy(() -> GroupRoles.parse("=AGENT")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GroupRoles.parse(HELPDESK)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a role");
    }

    @Test
    void a_group_that_is_not_a_dn_is_refused() {
        assertThatThrownBy(() -> GroupRoles.parse("helpdesk team=AGENT"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a DN");
    }
}
