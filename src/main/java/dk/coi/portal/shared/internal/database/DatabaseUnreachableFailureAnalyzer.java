package dk.coi.portal.shared.internal.database;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns a start-up failure to connect to the database into one readable paragraph instead of a wall of
 * stack traces: which database, why, and what to check.
 */
class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isConnectionFailure(sql)) {
                String url = environment.getProperty("spring.datasource.url", "the embedded MariaDB");
                return new FailureAnalysis(
                        "Innovationsportalen could not connect to its database at " + url + ": " + sql.getMessage(),
                        "Check that the MariaDB server is running and reachable, and that SPRING_DATASOURCE_URL, "
                                + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD are right. Without "
                                + "SPRING_DATASOURCE_URL the portal starts its own embedded MariaDB under ./data.",
                        cause);
            }
        }
        return null;
    }

    /** SQL state class 08 is "connection exception"; 28 is "invalid authorization". */
    private static boolean isConnectionFailure(SQLException sql) {
        String state = sql.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("28"));
    }
}
