package org.bilet.web.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import org.bilet.people.Role;

/**
 * Which directory groups give which Bilet roles, from BILET_LDAP_GROUP_ROLES: entries
 * {@code <group DN>=<ROLE>} separated by {@code ;}, e.g.
 * {@code cn=helpdesk,ou=groups,dc=example,dc=com=AGENT;cn=it-managers,ou=groups,dc=example,dc=com=MANAGER}.
 * A DN is full of {@code =}, a role name has none, so each entry splits at its last {@code =}. A
 * group may be listed again for a second role. Every directory user is a REQUESTER as well.
 */
record GroupRoles(Map<String, Set<Role>> byGroup) {

    static final GroupRoles NONE = new GroupRoles(Map.of());

    GroupRoles {
        byGroup = Map.copyOf(byGroup);
    }

    /** Reads the setting; a mistake in it is an IllegalArgumentException that says where. */
    static GroupRoles parse(String setting) {
        var byGroup = new LinkedHashMap<String, Set<Role>>();
        for (var entry : entries(setting)) {
            var equals = entry.lastIndexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("BILET_LDAP_GROUP_ROLES: '" + entry
                        + "' is not '<group DN>=<ROLE>'");
            }
            var group = entry.substring(0, equals).strip();
            var role = role(entry.substring(equals + 1).strip(), entry);
            try {
                new LdapName(group);
            } catch (InvalidNameException e) {
                throw new IllegalArgumentException("BILET_LDAP_GROUP_ROLES: '" + group + "' is not a DN", e);
            }
            byGroup.computeIfAbsent(group, g -> EnumSet.noneOf(Role.class)).add(role);
        }
        return new GroupRoles(byGroup);
    }

    /** The groups to check a person's membership of. */
    Set<String> groups() {
        return byGroup.keySet();
    }

    /** REQUESTER, plus the roles of the given groups. */
    Set<Role> rolesFor(Collection<String> memberOf) {
        var roles = EnumSet.of(Role.REQUESTER);
        memberOf.stream().map(byGroup::get).filter(r -> r != null).forEach(roles::addAll);
        return roles;
    }

    /** Splits at every ';' that is not escaped as '\;' inside a DN; blank entries are skipped. */
    private static List<String> entries(String setting) {
        var entries = new ArrayList<String>();
        var current = new StringBuilder();
        for (int i = 0; i < setting.length(); i++) {
            char c = setting.charAt(i);
            if (c == '\\' && i + 1 < setting.length()) {
                current.append(c).append(setting.charAt(++i));
            } else if (c == ';') {
                entries.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        entries.add(current.toString());
        return entries.stream().map(String::strip).filter(e -> !e.isEmpty()).toList();
    }

    private static Role role(String name, String entry) {
        try {
            return Role.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("BILET_LDAP_GROUP_ROLES: '" + name + "' in '" + entry
                    + "' is not a role; use AGENT, MANAGER or ADMIN", e);
        }
    }
}
