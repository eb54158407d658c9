package dk.coi.portal.shared.internal.database;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dk.coi.portal.browser.BrowserSession;
import dk.coi.portal.browser.PortalPages;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The database goes away while the portal runs: pages say so in plain words (no stack trace), and once the
 * database is back the same portal serves pages again, without a restart. Runs on its own embedded MariaDB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.data-dir=target/test-data-outage")
@ActiveProfiles("test")
@DirtiesContext
class DatabaseOutageTest {

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedDatabaseProperties properties;

    @Test
    void aDatabaseOutageShowsAFriendlyPageAndThePortalRecoversByItself() throws Exception {
        EmbeddedMariaDb database = EmbeddedMariaDb.runningFor(properties.dataDir()).orElseThrow();
        Page page = BrowserSession.shared().newVisitor("http://localhost:" + port + "/", 1280, 900);
        try {
            PortalPages.open(page, "nyheder/1");
            assertThat(page.locator("#main-content h1")).hasText("Velkommen til Innovationsportalen");

            database.stop();
            try {
                PortalPages.open(page, "nyheder/2");
                assertThat(page.locator("#main-content h1")).hasText("Portalen er midlertidigt utilgængelig");
                assertThat(page.locator("body").innerText()).doesNotContain("Exception").doesNotContain("at org.");
            } finally {
                database.restart();
            }

            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            String heading;
            do {
                PortalPages.open(page, "nyheder/2");
                heading = page.locator("#main-content h1").innerText();
            } while (!heading.equals("Hvad er offentlig innovation?") && Instant.now().isBefore(deadline));
            assertThat(heading).isEqualTo("Hvad er offentlig innovation?");
        } finally {
            page.context().close();
        }
    }
}
