package org.bilet.web.security;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Optional;

/** An in-process directory with a few named people and groups, on a free loopback port. */
final class TestDirectory implements AutoCloseable {

    static final String BASE = "dc=example,dc=com";
    static final String PEOPLE = "ou=people," + BASE;
    static final String HELPDESK = "cn=helpdesk,ou=groups," + BASE;
    static final String MANAGERS = "cn=it-managers,ou=groups," + BASE;
    static final String SEARCH_ACCOUNT = "cn=bilet,ou=services," + BASE;
    static final String SEARCH_PASSWORD = "search-secret";
    static final String PASSWORD = "directory-secret";

    final InMemoryDirectoryServer server;

    TestDirectory() {
        try {
            var config = new InMemoryDirectoryServerConfig(BASE);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap",
                    InetAddress.getLoopbackAddress(), 0, null));
            server = new InMemoryDirectoryServer(config);
            server.add("dn: " + BASE, "objectClass: domain", "dc: example");
            for (var ou : new String[] {"people", "groups", "services"}) {
                server.add("dn: ou=" + ou + "," + BASE, "objectClass: organizationalUnit", "ou: " + ou);
            }
            server.add("dn: " + SEARCH_ACCOUNT, "objectClass: inetOrgPerson", "cn: bilet", "sn: Bilet",
                    "userPassword: " + SEARCH_PASSWORD);
            person("hanna.berg", "Hanna", "Berg");
            person("lars.holm", "Lars", "Holm");
            person("mia.strand", "Mia", "Strand");
            server.add("dn: uid=olof,ou=people," + BASE, "objectClass: inetOrgPerson", "uid: olof",
                    "cn: Olof Nyberg", "sn: Nyberg", "mail: olof@example.com", "userPassword: " + PASSWORD);
            server.add("dn: " + HELPDESK, "objectClass: groupOfNames", "cn: helpdesk",
                    "member: uid=lars.holm," + PEOPLE);
            server.add("dn: " + MANAGERS, "objectClass: groupOfUniqueNames", "cn: it-managers",
                    "uniqueMember: uid=mia.strand," + PEOPLE, "uniqueMember: uid=lars.holm," + PEOPLE);
            server.startListening();
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException(e);
        }
    }

    private void person(String uid, String givenName, String surname) throws LDAPException, LDIFException {
        server.add("dn: uid=" + uid + "," + PEOPLE, "objectClass: inetOrgPerson", "uid: " + uid,
                "cn: " + givenName + " " + surname, "givenName: " + givenName, "sn: " + surname,
                "mail: " + uid + "@example.com", "userPassword: " + PASSWORD);
    }

    String url() {
        return "ldap://127.0.0.1:" + server.getListenPort();
    }

    /** Searching anonymously, helpdesk members are agents and IT managers managers. */
    LdapConfig config() {
        return config(Optional.empty(), Optional.empty(), LdapConfig.DEFAULT_USER_FILTER);
    }

    LdapConfig config(Optional<String> bindDn, Optional<String> bindPassword, String userFilter) {
        return LdapConfig.of(url(), Optional.of(PEOPLE), bindDn, bindPassword, userFilter,
                Optional.of(HELPDESK + "=AGENT;" + MANAGERS + "=MANAGER;cn=gone,ou=groups," + BASE + "=ADMIN"));
    }

    /** A port nothing listens on. */
    static int closedPort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
