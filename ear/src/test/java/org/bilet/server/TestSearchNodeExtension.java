package org.bilet.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import org.jboss.arquillian.container.spi.event.container.AfterStop;
import org.jboss.arquillian.container.spi.event.container.BeforeSetup;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Before Arquillian starts WildFly, starts the OpenSearch node that Bilet indexes into when
 * BILET_SEARCH_URL is set (the build's second Failsafe run): the search-node module's jar as a
 * process of its own (its Lucene is not the server's, so not in this JVM), on the URL's port, with
 * a fresh data directory under BILET_DATA_DIR. Stopped with the server, and with this JVM at the
 * latest. Does nothing without BILET_SEARCH_URL.
 */
public class TestSearchNodeExtension implements LoadableExtension {

    private static Process node;

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SearchNode.class);
    }

    public static class SearchNode {

        public void beforeSetup(@Observes BeforeSetup event) {
            start();
        }

        public void afterStop(@Observes AfterStop event) {
            stop();
        }
    }

    /** The node's address, as Bilet is given it. */
    public static URI url() {
        return URI.create(System.getenv("BILET_SEARCH_URL"));
    }

    static synchronized void start() {
        start(true);
    }

    /** Stops the node as an outage would, while Bilet runs on; {@link #restartNode} brings it back with its data. */
    public static void stopNode() {
        stop();
    }

    /** Starts the node again on the data it had, and waits until it answers. */
    public static void restartNode() {
        start(false);
    }

    private static synchronized void start(boolean fresh) {
        var url = System.getenv("BILET_SEARCH_URL");
        if (node != null || url == null || url.isBlank()) {
            return;
        }
        var jar = System.getProperty("bilet.search.node.jar");
        if (jar == null || jar.isBlank()) {
            throw new IllegalStateException("BILET_SEARCH_URL is set but not bilet.search.node.jar: the build passes it");
        }
        try {
            var home = Path.of(System.getenv().getOrDefault("BILET_DATA_DIR", "target/it-data")).resolve("search-node").toAbsolutePath();
            if (fresh) {
                deleteTree(home);
            }
            Files.createDirectories(home);
            var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            node = new ProcessBuilder(java, "-Xms256m", "-Xmx512m", "-jar", jar, Integer.toString(url().getPort()), home.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolveSibling("search-node.log").toFile()))
                    .start();
            if (fresh) {
                Runtime.getRuntime().addShutdownHook(new Thread(TestSearchNodeExtension::stop, "search-node-stop"));
            }
            awaitHealthy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized void stop() {
        if (node != null) {
            node.destroy();
            try {
                if (!node.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    node.destroyForcibly();
                }
            } catch (InterruptedException e) {
                node.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            node = null;
        }
    }

    private static void awaitHealthy() {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        var health = HttpRequest.newBuilder(url().resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5)).build();
        var deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (!node.isAlive()) {
                throw new IllegalStateException("The search node stopped while starting (exit " + node.exitValue() + "); see search-node.log");
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The search node did not answer within two minutes at " + url());
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
