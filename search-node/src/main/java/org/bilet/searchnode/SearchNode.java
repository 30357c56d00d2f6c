package org.bilet.searchnode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch node in this JVM, from Maven Central artifacts: its modules and the analysis Bilet
 * needs are plugins on the class path instead of an installed distribution. Listens on 127.0.0.1
 * only, security off, a single node keeping its data under the given directory. For development
 * and the integration tests of the Elasticsearch/OpenSearch backend, not for production.
 *
 * <p>Arguments: the HTTP port (default 9200) and the data directory (default target/search-node).
 */
public final class SearchNode extends Node {

    /** What a distribution brings as modules and plugins, as far as Bilet's index needs it. */
    static final List<Class<? extends Plugin>> PLUGINS = List.of(Netty4Plugin.class, CommonAnalysisPlugin.class,
            ReindexPlugin.class, PolishAndUkrainianAnalysis.class);

    private SearchNode(Environment environment) {
        super(environment, PLUGINS, true);
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9200;
        var home = Path.of(args.length > 1 ? args[1] : "target/search-node").toAbsolutePath();
        var node = start(port, home);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (IOException e) {
                e.printStackTrace();
            }
            stopped.countDown();
        }, "search-node-stop"));
        System.out.println("Search node (OpenSearch) at http://127.0.0.1:" + port + ", data in " + home);
        stopped.await();
    }

    /** Starts a node answering HTTP at the port, its transport port 100 above. */
    static SearchNode start(int port, Path home) throws IOException, NodeValidationException {
        Files.createDirectories(home.resolve("config"));
        var settings = Settings.builder()
                .put("cluster.name", "bilet-search")
                .put("node.name", "search-node")
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", port)
                .put("transport.port", port + 100)
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                .put("discovery.type", "single-node")
                // A developer's nearly full disk must not turn the index read-only.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        var environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), home.resolve("config"),
                () -> "search-node");
        var node = new SearchNode(environment);
        node.start();
        return node;
    }
}
