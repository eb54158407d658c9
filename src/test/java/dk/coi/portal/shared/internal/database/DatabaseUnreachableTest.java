package dk.coi.portal.shared.internal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.coi.portal.Application;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/** With an external database that is not there, the portal stops at once and says why in plain words. */
class DatabaseUnreachableTest {

    @Test
    void startingAgainstAnUnreachableDatabaseFailsFastWithAReadableExplanation() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:mariadb://127.0.0.1:" + closedPort + "/portal?connectTimeout=2000";

        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(Application.class)
                .properties("spring.datasource.url=" + url, "spring.datasource.username=portal",
                        "spring.datasource.password=x", "server.port=0", "portal.demo-data.enabled=false",
                        "portal.data-dir=target/test-data-unreachable",
                        "spring.datasource.hikari.initialization-fail-timeout=1")
                .run());

        assertThat(failure).isNotNull();
        FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer(
                new MockEnvironment().withProperty("spring.datasource.url", url)).analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("could not connect to its database at " + url);
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }
}
