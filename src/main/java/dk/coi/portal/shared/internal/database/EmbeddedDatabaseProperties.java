package dk.coi.portal.shared.internal.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how the embedded MariaDB runs when no external database is configured.
 *
 * @param dataDir  the database files; kept between runs
 * @param baseDir  where the MariaDB binaries are unpacked
 * @param port     TCP port on loopback; 0 picks a free one
 * @param database schema the portal uses
 * @param fresh    wipe the data directory before start (tests)
 */
@ConfigurationProperties("portal.embedded-db")
public record EmbeddedDatabaseProperties(Path dataDir, Path baseDir, int port, String database, boolean fresh) {

    public EmbeddedDatabaseProperties {
        dataDir = dataDir == null ? Path.of("data", "mariadb") : dataDir;
        baseDir = baseDir == null ? Path.of("data", "mariadb-base") : baseDir;
        database = database == null || database.isBlank() ? "portal" : database;
    }
}
