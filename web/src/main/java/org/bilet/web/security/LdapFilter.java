package org.bilet.web.security;

/**
 * Puts what a user typed into an LDAP search filter as a value, never as filter syntax: escaped
 * per RFC 4515, so that {@code *} or {@code )(uid=*} in a username match nothing but themselves.
 */
final class LdapFilter {

    static final String USERNAME = "{0}";

    private LdapFilter() {
    }

    /** The filter template (BILET_LDAP_USER_FILTER) with every {0} replaced by the escaped username. */
    static String withUsername(String template, String username) {
        return template.replace(USERNAME, escape(username));
    }

    /** Escapes the characters RFC 4515 reserves in an assertion value; UTF-8 passes as it is. */
    static String escape(String value) {
        var escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\5c");
                case '*' -> escaped.append("\\2a");
                case '(' -> escaped.append("\\28");
                case ')' -> escaped.append("\\29");
                case '\0' -> escaped.append("\\00");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
