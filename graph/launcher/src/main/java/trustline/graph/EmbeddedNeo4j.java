package trustline.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community embedded with the Bolt connector on loopback, so Node talks to it
 * exactly as to a standalone server.
 *
 * Usage: EmbeddedNeo4j <dataDir> <boltPort> [pageCacheMiB]
 *
 * Prints "TRUSTLINE_NEO4J_READY <port>" once Bolt listens. It stops cleanly on SIGTERM/SIGINT
 * (shutdown hook) and also when its standard input closes: the Node parent keeps the pipe open,
 * so if the parent dies for any reason (even SIGKILL) the JVM notices and exits instead of
 * lingering as an orphan holding the store lock.
 */
public final class EmbeddedNeo4j {
    private EmbeddedNeo4j() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: EmbeddedNeo4j <dataDir> <boltPort> [pageCacheMiB]");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pageCacheMiB = args.length > 2 ? Long.parseLong(args[2]) : 256;

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                // Loopback only and no user accounts in embedded mode: the server is the only client.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
                .build();

        // The recompute's packed reads (graph/packed-reads.ts), before readiness is announced.
        Procedures.register(dbms);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        // Touch the default database so we only announce readiness once it can answer queries.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        System.out.println("TRUSTLINE_NEO4J_READY " + port);
        System.out.flush();

        Thread stdinWatch = new Thread(() -> {
            try {
                InputStream in = System.in;
                byte[] buf = new byte[256];
                while (in.read(buf) >= 0) {
                    // Input is ignored; only end-of-stream matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the parent is gone, same as end-of-stream.
            }
            System.exit(0);
        }, "parent-watch");
        stdinWatch.setDaemon(true);
        stdinWatch.start();

        stopped.await();
    }
}
