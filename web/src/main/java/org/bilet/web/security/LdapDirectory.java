package org.bilet.web.security;

import java.util.HashSet;
import java.util.Hashtable;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.PartialResultException;
import javax.naming.SizeLimitExceededException;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.LdapName;

/**
 * Asks the company directory whether a username and password belong together, over the JDK's own
 * LDAP client (JNDI): search the person's entry with Bilet's search account (or anonymously), bind
 * as that entry with the password, then check the mapped groups' {@code member} and
 * {@code uniqueMember} values. One connection per question; nothing is cached.
 */
final class LdapDirectory {

    private static final Logger LOG = Logger.getLogger(LdapDirectory.class.getName());

    /** Mapped groups already reported missing: once is enough for the administrator. */
    private static final Set<String> MISSING_GROUPS = ConcurrentHashMap.newKeySet();

    private static final String CONNECT_TIMEOUT_MILLIS = "5000";
    private static final String READ_TIMEOUT_MILLIS = "10000";
    private static final String[] PERSON_ATTRIBUTES = {"givenName", "sn", "cn", "mail"};
    /** RFC 4511's "no attributes": an empty list would mean all of them. */
    private static final String[] NO_ATTRIBUTES = {"1.1"};

    /** What the directory says about the person who signed in. */
    record Person(String dn, String givenName, String surname, String commonName, String mail, Set<String> groups) {

        /** givenName, else the common name without the surname, else the username. */
        String firstName(String username) {
            if (givenName != null) {
                return givenName;
            }
            if (commonName != null && surname != null && commonName.endsWith(" " + surname)) {
                return commonName.substring(0, commonName.length() - surname.length() - 1);
            }
            return commonName != null ? commonName : username;
        }

        String lastName() {
            return surname == null ? "" : surname;
        }
    }

    private final LdapConfig config;

    LdapDirectory(LdapConfig config) {
        this.config = config;
    }

    /**
     * The person, when the username names exactly one entry and the password is theirs; nothing
     * when not.
     */
    Optional<Person> authenticate(String username, char[] password) throws DirectoryUnavailableException {
        if (password.length == 0) {
            // A simple bind with an empty password is an anonymous bind, which directories accept.
            return Optional.empty();
        }
        DirContext search = null;
        try {
            search = connect(config.bindDn().orElse(null), config.bindPassword().orElse(null));
            var entry = findEntry(search, username);
            if (entry.isEmpty() || !passwordMatches(entry.get().getNameInNamespace(), password)) {
                return Optional.empty();
            }
            var dn = entry.get().getNameInNamespace();
            var attributes = entry.get().getAttributes();
            return Optional.of(new Person(dn, first(attributes, "givenName"), first(attributes, "sn"),
                    first(attributes, "cn"), first(attributes, "mail"), groupsOf(search, dn)));
        } catch (AuthenticationException e) {
            throw new DirectoryUnavailableException("the directory at " + config.url() + " refused Bilet's search account "
                    + config.bindDn().orElse("(anonymous)") + ": " + e.getMessage(), e);
        } catch (NamingException e) {
            throw new DirectoryUnavailableException("the directory at " + config.url() + " could not be asked: " + e, e);
        } finally {
            close(search);
        }
    }

    private Optional<SearchResult> findEntry(DirContext search, String username) throws NamingException {
        var controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(PERSON_ATTRIBUTES);
        controls.setCountLimit(2);
        var filter = LdapFilter.withUsername(config.userFilter(), username);
        SearchResult found = null;
        NamingEnumeration<SearchResult> results = search.search(config.baseDn(), filter, controls);
        try {
            while (results.hasMore()) {
                var result = results.next();
                if (found != null) {
                    return ambiguous(username, filter);
                }
                found = result;
            }
        } catch (SizeLimitExceededException e) {
            return ambiguous(username, filter);
        } catch (PartialResultException referralsLeftOut) {
            // Referrals to other servers are not followed (Active Directory answers some at its root).
        } finally {
            results.close();
        }
        return Optional.ofNullable(found);
    }

    private static Optional<SearchResult> ambiguous(String username, String filter) {
        LOG.warning(() -> "Directory sign-in of '" + LdapIdentityStore.printable(username) + "' refused: "
                + LdapIdentityStore.printable(filter) + " finds more than one entry.");
        return Optional.empty();
    }

    private boolean passwordMatches(String dn, char[] password) throws NamingException {
        try {
            close(connect(dn, password));
            return true;
        } catch (AuthenticationException wrongPassword) {
            return false;
        }
    }

    /** The mapped groups that list the person as member or uniqueMember (groups are not nested). */
    private Set<String> groupsOf(DirContext search, String dn) throws NamingException {
        var controls = new SearchControls();
        controls.setSearchScope(SearchControls.OBJECT_SCOPE);
        controls.setReturningAttributes(NO_ATTRIBUTES);
        var value = LdapFilter.escape(dn);
        var filter = "(|(member=" + value + ")(uniqueMember=" + value + "))";
        var groups = new HashSet<String>();
        for (var group : config.groupRoles().groups()) {
            try {
                var results = search.search(new LdapName(group), filter, controls);
                try {
                    if (results.hasMore()) {
                        groups.add(group);
                    }
                } finally {
                    results.close();
                }
            } catch (NameNotFoundException e) {
                if (MISSING_GROUPS.add(group)) {
                    LOG.warning(() -> "The group " + group + " of BILET_LDAP_GROUP_ROLES is not in the directory.");
                }
            }
        }
        return groups;
    }

    private DirContext connect(String principal, Object credentials) throws NamingException {
        var environment = new Hashtable<String, Object>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, config.url());
        environment.put(Context.REFERRAL, "ignore");
        environment.put("com.sun.jndi.ldap.connect.timeout", CONNECT_TIMEOUT_MILLIS);
        environment.put("com.sun.jndi.ldap.read.timeout", READ_TIMEOUT_MILLIS);
        if (principal == null) {
            environment.put(Context.SECURITY_AUTHENTICATION, "none");
        } else {
            environment.put(Context.SECURITY_AUTHENTICATION, "simple");
            environment.put(Context.SECURITY_PRINCIPAL, principal);
            environment.put(Context.SECURITY_CREDENTIALS, credentials);
        }
        return new InitialDirContext(environment);
    }

    private static String first(Attributes attributes, String name) throws NamingException {
        var attribute = attributes.get(name);
        if (attribute == null || attribute.size() == 0) {
            return null;
        }
        var value = attribute.get();
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static void close(DirContext context) {
        if (context != null) {
            try {
                context.close();
            } catch (NamingException e) {
                // Nothing more to say to a directory we are done with.
            }
        }
    }
}
