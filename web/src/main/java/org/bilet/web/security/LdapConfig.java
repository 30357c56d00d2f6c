package org.bilet.web.security;

import java.util.Objects;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;

/**
 * How to reach the company directory and find people in it; see {@link LdapSettings} for the
 * settings it comes from.
 *
 * @param url          one or more {@code ldap://} or {@code ldaps://} URLs, separated by spaces, tried in turn
 * @param baseDn       where people are searched (the whole subtree)
 * @param bindDn       the account that searches; none for an anonymous search
 * @param bindPassword its password
 * @param userFilter   the search filter, {0} standing for the username
 * @param groupRoles   which groups give which roles
 */
record LdapConfig(String url, LdapName baseDn, Optional<String> bindDn, Optional<String> bindPassword,
                  String userFilter, GroupRoles groupRoles) {

    static final String DEFAULT_USER_FILTER = "(uid={0})";

    LdapConfig {
        Objects.requireNonNull(url);
        Objects.requireNonNull(baseDn);
        Objects.requireNonNull(groupRoles);
        if (!userFilter.startsWith("(") || !userFilter.endsWith(")") || !userFilter.contains(LdapFilter.USERNAME)) {
            // Without {0} the filter would find the same entry whoever signs in.
            throw new IllegalArgumentException("BILET_LDAP_USER_FILTER must be a filter in parentheses with {0} "
                    + "for the username, like " + DEFAULT_USER_FILTER + ", not " + userFilter);
        }
        if (bindDn.isPresent() && bindPassword.isEmpty()) {
            throw new IllegalArgumentException("BILET_LDAP_BIND_DN needs BILET_LDAP_BIND_PASSWORD");
        }
    }

    /** Checks the settings together; a mistake is an IllegalArgumentException naming the setting. */
    static LdapConfig of(String url, Optional<String> baseDn, Optional<String> bindDn, Optional<String> bindPassword,
                         String userFilter, Optional<String> groupRoles) {
        // No DN in the URL: names would be taken relative to it, and the base DN says where to search.
        if (!url.strip().matches("(?i)ldaps?://[^/\\s]+/?(\\s+ldaps?://[^/\\s]+/?)*")) {
            throw new IllegalArgumentException("BILET_LDAP_URL must be ldap://host:port or ldaps://host:port, not " + url);
        }
        var base = baseDn.orElseThrow(() -> new IllegalArgumentException("BILET_LDAP_URL needs BILET_LDAP_BASE_DN"));
        try {
            return new LdapConfig(url.strip(), new LdapName(base), bindDn, bindPassword, userFilter.strip(),
                    groupRoles.map(GroupRoles::parse).orElse(GroupRoles.NONE));
        } catch (InvalidNameException e) {
            throw new IllegalArgumentException("BILET_LDAP_BASE_DN is not a DN: " + base, e);
        }
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return url + ", people under " + baseDn + ", searched " + bindDn.map(dn -> "as " + dn).orElse("anonymously")
                + " with " + userFilter + ", " + groupRoles.groups().size() + " groups mapped to roles";
    }
}
