package dk.coi.portal.identity.keycloak;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dk.coi.portal.browser.BrowserSession;
import dk.coi.portal.browser.PortalPages;
import dk.coi.portal.support.KeycloakServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signs in through the real Keycloak server in Chromium, as two people with different realm roles, and
 * signs out again, which also ends the Keycloak session. Keycloak vouches for the demo users' e-mails, which
 * are those of the local demo accounts: each Keycloak login is the local account's person, not a second one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.data-dir=target/test-data-keycloak")
@ActiveProfiles({"test", "keycloak"})
@DirtiesContext
class KeycloakLoginTest {

    private static KeycloakServer keycloak;
    private static BrowserSession browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) throws Exception {
        keycloak = KeycloakServer.start();
        browser = new BrowserSession();
        registry.add("KEYCLOAK_ISSUER_URI", keycloak::issuerUri);
        registry.add("KEYCLOAK_CLIENT_SECRET", () -> "innovationsportal-dev-secret");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    private void signInWithKeycloak(Page page, String username, String password) {
        PortalPages.open(page, "login");
        signInThroughTheKeycloakForm(page, username, password);
    }

    /** From the portal's login page on. */
    private static void signInThroughTheKeycloakForm(Page page, String username, String password) {
        page.locator("#keycloak-login").click();
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
        page.locator("#current-person").waitFor();
    }

    @Test
    void anEmployeeAndAnAdministratorSignInThroughKeycloakWithTheirRealmRoles() {
        Page page = browser.newVisitor("http://localhost:" + port + "/", 1280, 900);

        // The workplace then comes from Keycloak's claim.
        jdbc.update("update person set workplace = null where email = 'medarbejder@demo.coi.dk'");
        signInWithKeycloak(page, "medarbejder", "medarbejder");
        assertThat(page.locator("#current-person")).hasText("Mads Medarbejder");
        assertThat(jdbc.queryForObject("select count(*) from person where display_name = 'Mads Medarbejder' "
                + "and merged_into is null", Integer.class)).as("people called Mads Medarbejder").isEqualTo(1);
        Map<String, Object> mads = jdbc.queryForMap("select email, password_hash, oidc_subject, workplace "
                + "from person where display_name = 'Mads Medarbejder'");
        assertThat(mads).containsEntry("email", "medarbejder@demo.coi.dk").containsEntry("workplace", "Jobcenter Aarhus");
        assertThat(mads.get("password_hash")).as("still the local account").isNotNull();
        assertThat(mads.get("oidc_subject")).as("now also the Keycloak login").isNotNull();
        assertThat(page.locator("#current-role")).hasText("Offentligt ansat");
        assertThat(page.locator("#nav-admin")).hasCount(0);
        assertThat(page.locator("#nav-moderation")).hasCount(0);

        page.locator("#logout").click();
        assertThat(page.locator("#login-link")).isVisible();

        // The Keycloak session ended too: signing in again asks for a password, so another person can. Signing
        // in from the header's link on a page returns there.
        PortalPages.open(page, "nyheder/2");
        page.locator("#login-link").click();
        PortalPages.waitForView(page);
        signInThroughTheKeycloakForm(page, "admin", "admin");
        assertThat(page).hasURL("http://localhost:" + port + "/nyheder/2");
        assertThat(page.locator("#current-person")).hasText("Anders Admin");
        assertThat(page.locator("#current-role")).hasText("Administrator");
        assertThat(page.locator("#nav-admin")).isAttached();
        assertThat(page.locator("#nav-moderation")).isAttached();
    }
}
