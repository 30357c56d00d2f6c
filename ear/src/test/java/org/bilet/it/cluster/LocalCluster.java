package org.bilet.it.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bilet.server.DatabaseUrl;
import org.bilet.server.MariaDbServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The cluster the tests run against, started as an operator starts one: {@code bin/bilet-cluster}
 * with the built server, two nodes (standalone-ha) on port offsets, HAProxy in front with sticky
 * sessions (so a test knows which node served a browser), an OpenSearch node both index into, all
 * on a fresh database and a fresh index. Started once for
 * a test class and stopped after it; a test that kills a node starts it again with {@link #heal()}.
 */
public final class LocalCluster implements BeforeAllCallback, AfterAllCallback {

    private final Path repo = Path.of(System.getProperty("bilet.repo", "..")).toAbsolutePath().normalize();
    private final Path dir = repo.resolve("ear/target/cluster-it");
    private final List<Integer> offsets = offsets(System.getProperty("bilet.cluster.offsets", "1100 1200"));
    private final int port = Integer.getInteger("bilet.cluster.port", 9070);
    private final int searchPort = Integer.getInteger("bilet.cluster.search.port", 9320);
    private final String databaseUrl = env("BILET_DB_URL", "jdbc:mariadb://127.0.0.1:3306/bilet_cluster_it");

    @Override
    public void beforeAll(ExtensionContext context) {
        var database = MariaDbServer.atOrStart(DatabaseUrl.parse(databaseUrl), dir.resolve("mariadb"));
        database.prepare(env("BILET_DB_USER", "bilet"), env("BILET_DB_PASSWORD", "bilet"),
                env("BILET_DB_ADMIN_USER", "root"), env("BILET_DB_ADMIN_PASSWORD", ""), true);
        deleteNodes();
        run("start");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        run("stop");
    }

    /** The load balancer's address. */
    public URL balancer() {
        return url(port);
    }

    /** Node 1, 2, …: its own address, past the load balancer. */
    public URL node(int node) {
        return url(8080 + offsets.get(node - 1));
    }

    /** Kills a node with SIGKILL, as a crash or the OOM killer would: no shutdown, no goodbye to the others. */
    public void kill(int node) {
        run("kill", String.valueOf(node));
    }

    /** Starts the nodes that are not running and waits until every node is ready. */
    public void heal() {
        run("start");
    }

    private void run(String... arguments) {
        var command = new ArrayList<String>();
        command.add(repo.resolve("bin/bilet-cluster").toString());
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log()));
        var environment = process.environment();
        // The nodes get this test's settings alone, not those of the single-node tests' server.
        environment.keySet().removeIf(name -> name.startsWith("BILET_"));
        environment.putAll(Map.of(
                "BILET_CLUSTER_SEARCH_PORT", String.valueOf(searchPort),
                "BILET_CLUSTER_DIR", dir.toString(),
                "BILET_CLUSTER_OFFSETS", String.join(" ", offsets.stream().map(String::valueOf).toList()),
                "BILET_CLUSTER_PORT", String.valueOf(port),
                "BILET_CLUSTER_STICKY", "true",
                "BILET_DB_URL", databaseUrl,
                "BILET_DEMO", "true",
                // A failed webhook is posted again after a second, so a retry is seen in moments.
                "BILET_WEBHOOK_RETRY_SECONDS", "1",
                "BILET_TIME_ZONE", "UTC"));
        try {
            var started = process.start();
            if (!started.waitFor(8, TimeUnit.MINUTES)) {
                started.destroyForcibly();
                throw new IllegalStateException("bilet-cluster " + String.join(" ", arguments) + " did not finish; see " + log());
            }
            if (started.exitValue() != 0) {
                throw new IllegalStateException("bilet-cluster " + String.join(" ", arguments) + " failed; see " + log());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Nodes of an earlier run would start with its configuration and index: every run starts clean. */
    private void deleteNodes() {
        var bases = new ArrayList<Path>();
        bases.add(dir.resolve("search-node"));
        for (int node = 1; node <= offsets.size(); node++) {
            bases.add(dir.resolve("node" + node));
        }
        for (var base : bases) {
            if (Files.exists(base)) {
                try (var paths = Files.walk(base)) {
                    paths.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private java.io.File log() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve("bilet-cluster.log").toFile();
    }

    private static URL url(int port) {
        try {
            return new URL("http://127.0.0.1:" + port + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Integer> offsets(String offsets) {
        return List.of(offsets.trim().split("\\s+")).stream().map(Integer::valueOf).toList();
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
