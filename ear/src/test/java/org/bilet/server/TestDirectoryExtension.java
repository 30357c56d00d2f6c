package org.bilet.server;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.OperationType;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.EnumSet;
import org.jboss.arquillian.container.spi.event.container.AfterStop;
import org.jboss.arquillian.container.spi.event.container.BeforeSetup;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Before Arquillian starts WildFly, starts the company directory the tests sign in with: an
 * in-process LDAP server at BILET_LDAP_URL holding {@code test-directory.ldif}. Does nothing when
 * BILET_LDAP_URL is unset.
 */
public class TestDirectoryExtension implements LoadableExtension {

    static final String BASE_DN = "dc=example,dc=com";
    static final String LDIF = "/test-directory.ldif";

    private static InMemoryDirectoryServer server;

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Directory.class);
    }

    /** The running directory, for tests that change it or take it away for a while. */
    public static synchronized InMemoryDirectoryServer directory() {
        if (server == null) {
            throw new IllegalStateException("no test directory: BILET_LDAP_URL is not set");
        }
        return server;
    }

    public static class Directory {

        public void beforeSetup(@Observes BeforeSetup event) {
            start();
        }

        public void afterStop(@Observes AfterStop event) {
            synchronized (TestDirectoryExtension.class) {
                if (server != null) {
                    server.shutDown(true);
                    server = null;
                }
            }
        }
    }

    private static synchronized void start() {
        var url = System.getenv("BILET_LDAP_URL");
        if (server != null || url == null || url.isBlank()) {
            return;
        }
        var port = URI.create(url.strip()).getPort();
        try (var ldif = new LDIFReader(TestDirectoryExtension.class.getResourceAsStream(LDIF))) {
            var config = new InMemoryDirectoryServerConfig(BASE_DN);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap",
                    InetAddress.getLoopbackAddress(), port, null));
            // As in many companies, only an account may search, so the tests show Bilet's is used.
            config.setAuthenticationRequiredOperationTypes(EnumSet.of(OperationType.SEARCH, OperationType.COMPARE));
            var directory = new InMemoryDirectoryServer(config);
            directory.importFromLDIF(true, ldif);
            directory.startListening();
            server = directory;
        } catch (LDAPException | IOException e) {
            throw new IllegalStateException("cannot start the test directory at " + url, e);
        }
    }
}
