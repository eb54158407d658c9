package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import dk.coi.portal.support.TestMailServer;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The portal with secure cookies, as under {@code prod} ({@code PORTAL_SECURE_COOKIES}): the language
 * cookie is {@code Secure} like the session cookie. Chromium keeps secure cookies on http://localhost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.data-dir=target/test-data-secure-cookies", "server.servlet.session.cookie.secure=true"})
@ActiveProfiles("test")
@Import(TestMailServer.class)
@DirtiesContext
class SecureCookiesBrowserTest extends BrowserTestSupport {

    @Test
    void theLanguageCookieIsSecureHttpOnlyAndSameSiteLaxLikeTheSessionCookie() {
        Page page = visitor(1280, 900);
        // A Vaadin screen, which holds a session (a reader's pages open none).
        open(page, "login");
        page.locator("#language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        Map<String, Cookie> cookies = page.context().cookies().stream()
                .collect(Collectors.toMap(cookie -> cookie.name, Function.identity()));
        assertThat(cookies.get("JSESSIONID").secure).isTrue();
        assertThat(cookies.get("portal-lang")).satisfies(language -> {
            assertThat(language.value).isEqualTo("en");
            assertThat(language.secure).isTrue();
            assertThat(language.httpOnly).isTrue();
            assertThat(language.sameSite).isEqualTo(SameSiteAttribute.LAX);
        });
    }
}
