package dk.coi.portal.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * A throw-away database on the test's MariaDB server for a migration test: the schema at an older version with
 * the demo data as that version held it, migrated to the newest on demand, dropped on close.
 */
public final class MigrationDatabase implements AutoCloseable {

    private final JdbcTemplate server;
    private final String name;
    private final DataSource dataSource;

    private MigrationDatabase(DataSource portal) throws SQLException {
        this.server = new JdbcTemplate(portal);
        this.name = "migration_" + UUID.randomUUID().toString().substring(0, 8);
        server.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_danish_ci");
        try (Connection connection = portal.getConnection()) {
            String url = connection.getMetaData().getURL().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
            this.dataSource = new DriverManagerDataSource(url, "root", "");
        }
    }

    /** Schema V6 with the demo data of that time ({@code db/v6-demo-data.sql}). */
    public static MigrationDatabase atV6WithDemoData(DataSource portal) throws SQLException {
        MigrationDatabase database = new MigrationDatabase(portal);
        Flyway.configure().dataSource(database.dataSource).locations("classpath:db/migration").target("6").load()
                .migrate();
        try (Connection connection = database.dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/v6-demo-data.sql"));
        }
        return database;
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    /** Runs the migrations after the current version up to {@code version}, e.g. to add rows of that time. */
    public void migrateTo(String version) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(version).load().migrate();
    }

    /** Runs every migration after the current version, as the portal does at start-up. */
    public void migrateToNewest() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    @Override
    public void close() {
        server.execute("DROP DATABASE " + name);
    }
}
