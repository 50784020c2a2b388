// Starts an embedded Neo4j Community DBMS with only the Bolt connector, for local
// development without Docker. neo4j-local.mjs compiles it into target/classes with javac
// (or, without a JDK, runs it via Java's source launcher):
//   java -Xmx1g -cp "$(cat target/classpath.txt)" scripts/neo4j-local/Launcher.java <homeDir>
// Env: NEO4J_PASSWORD (default kg-local-password), NEO4J_BOLT_PORT (default 7687).
// neo4j-local.mjs is the intended caller; it waits for Bolt itself, "ready" is for humans/logs.

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: Launcher <homeDir>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        String password = env("NEO4J_PASSWORD", "kg-local-password");
        int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
        if (password.length() < 8) {
            // Neo4j 5 rejects passwords shorter than 8 chars (dbms.security.auth_minimum_password_length).
            System.err.println("NEO4J_PASSWORD must be at least 8 characters");
            System.exit(2);
        }

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                // Bolt only, loopback only: this is a dev database, never exposed.
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Auth on, so code paths using credentials are exercised exactly like in prod.
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Small by default (tests, CI); benchmarks on a big graph give the page cache
                // room for the whole store (NEO4J_PAGECACHE_MB), as a deployment would. The JVM
                // heap is bounded by -Xmx from the caller.
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(Long.parseLong(env("NEO4J_PAGECACHE_MB", "256"))))
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(512))
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(256))
                // Neo4j keeps two days of transaction logs by default (for backups and clusters):
                // a few benchmark runs left 47 GB of them. A dev database needs only what recovery
                // after a crash reads, so at each checkpoint whole log files beyond the newest
                // 512 MB are pruned (disk use stays near that, a file or so above it).
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "512M size")
                .build();

        // Registered right after build() so SIGTERM/SIGINT always flush and close the store cleanly.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping");
            dbms.shutdown();
            stopped.countDown();
            System.out.println("stopped");
        }, "neo4j-local-shutdown"));

        long t0 = System.nanoTime();
        setPassword(dbms, password);
        System.out.printf("password for user neo4j set (%d ms)%n", (System.nanoTime() - t0) / 1_000_000);
        System.out.printf("jvm cpu so far: %d ms%n", ProcessHandle.current().info().totalCpuDuration()
                .map(java.time.Duration::toMillis).orElse(-1L));
        System.out.println("ready");
        System.out.flush();
        stopped.await(); // park the main thread; the shutdown hook ends the process
    }

    // Embedded access to the system database bypasses auth, so we can (re)set the
    // password on every start. Idempotent: Neo4j refuses to "change" to the same
    // password, in which case we only make sure no change is required at login.
    private static void setPassword(DatabaseManagementService dbms, String password) {
        var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED", Map.of("p", password));
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (!msg.contains("same")) throw e;
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? fallback : v;
    }
}
