package trustline.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

import sun.misc.Signal;
import sun.misc.SignalHandler;

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
 *
 * With -Dtrustline.parentStops=true (how graph/embedded.ts starts it) it ignores SIGINT and
 * SIGTERM and stops only when its standard input closes. A Ctrl-C reaches every process of the
 * terminal's process group, and a systemd stop every process of the service, at the same
 * moment: the JVM would stop under the server's feet while the server still answers the requests
 * in flight, and the server's supervisor would take its exit for a crash. The Node parent stops
 * it last, by closing the pipe, once the HTTP server and the driver are closed. The parent is
 * watched from the first moment, not only once the database is up: a JVM still starting when
 * its parent died once lingered for 20 s.
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

        if (Boolean.getBoolean("trustline.parentStops")) {
            Signal.handle(new Signal("INT"), SignalHandler.SIG_IGN);
            Signal.handle(new Signal("TERM"), SignalHandler.SIG_IGN);
        }
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
            // Runs the shutdown hook below once the database is built; before that, the store
            // is left as after a kill and recovered at the next start.
            System.exit(0);
        }, "parent-watch");
        stdinWatch.setDaemon(true);
        stdinWatch.start();

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                // Loopback only and no user accounts in embedded mode: the server is the only client.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
                // Bolt's event loops otherwise wait for 5 quiet seconds before they stop, most of a
                // shutdown's time. The server closes its driver before it stops the JVM, so by
                // then there is no connection left to be quiet about.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
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

        stopped.await();
    }
}
