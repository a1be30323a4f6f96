package trustline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Benchmark only: graph/launcher's EmbeddedNeo4j (same arguments, same readiness line, same
 * stdin watch, so graph/embedded.ts drives it unchanged) plus OpenGDS. Kept as its own class in
 * its own Maven project so the launcher `npm start` and `npm test` build never carries GDS.
 *
 * Usage: EmbeddedNeo4jWithGds <dataDir> <boltPort> <pageCacheMiB> <pluginDir>
 *
 * GDS needs two things from an embedded Neo4j: its extension factories on the main classpath
 * (they are: target/lib), and its procedures loaded from the plugin directory and allowed to
 * reach kernel internals, i.e. listed as unrestricted.
 */
public final class EmbeddedNeo4jWithGds {
    private EmbeddedNeo4jWithGds() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: EmbeddedNeo4jWithGds <dataDir> <boltPort> <pageCacheMiB> <pluginDir>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pageCacheMiB = Long.parseLong(args[2]);
        Path pluginDir = Path.of(args[3]).toAbsolutePath();

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
                .setConfig(GraphDatabaseSettings.plugin_dir, pluginDir)
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"))
                .build();

        // graph/launcher's procedures too (its classes are on this classpath, see gds-launcher.ts):
        // the recompute measured against GDS reads its edges as it does under `npm start`. By
        // name, so this project compiles without graph/launcher.
        Class.forName("trustline.graph.Procedures")
                .getMethod("register", DatabaseManagementService.class)
                .invoke(null, dbms);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        // Ready only once the default database answers and GDS's procedures are registered.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("CALL gds.version()");
        System.out.println("TRUSTLINE_NEO4J_READY " + port);
        System.out.flush();

        Thread stdinWatch = new Thread(() -> {
            try {
                InputStream in = System.in;
                byte[] buf = new byte[256];
                while (in.read(buf) >= 0) {
                    // Only end-of-stream matters: the Node parent is gone.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same.
            }
            System.exit(0);
        }, "parent-watch");
        stdinWatch.setDaemon(true);
        stdinWatch.start();

        stopped.await();
    }
}
