package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.open;
import static dk.coi.portal.browser.PortalPages.submitLoginForm;
import static dk.coi.portal.browser.PortalPages.waitForView;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dk.coi.portal.support.PortalTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Signing in or up brings the person back to the page they came from: through the header's link, a "log in
 * to comment" link, or a page that needs a sign-in; never to another site.
 */
@PortalTest
class SignInReturnBrowserTest extends BrowserTestSupport {

    private static final String TALK_PAGE = "wiki/De_syv_principper/diskussion";

    private Page visitor() {
        return visitor(1280, 900);
    }

    private String portal(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    @Test
    void theHeadersLoginLinkReturnsToThePageTheVisitorWasReading() {
        Page page = visitor();
        open(page, "nyheder/2");

        page.locator("#login-link").click();
        waitForView(page);
        // Back to the page read, not on to another: no "continue to the page you were going to".
        assertThat(page.locator("#login-notice")).isHidden();
        submitLoginForm(page, "borger@demo.coi.dk", "demo");

        page.locator("#current-person").waitFor();
        assertThat(page).hasURL(portal("nyheder/2"));
        assertThat(page.locator("#main-content h1")).hasText("Hvad er offentlig innovation?");
    }

    @Test
    void theLinkToSignInForTheDiscussionReturnsToTheDiscussionReadyForAComment() {
        Page page = visitor();
        open(page, TALK_PAGE);

        page.locator("#talk-login").click();
        waitForView(page);
        submitLoginForm(page, "medarbejder@demo.coi.dk", "demo");

        page.locator("#current-person").waitFor();
        assertThat(page).hasURL(portal(TALK_PAGE));
        assertThat(page.locator("#talk-login")).hasCount(0);
    }

    /**
     * Before (a trial): "Jeg vil gerne genbruge den" led a reader to a login page that said nothing of it, and back to
     * the case afterwards. The link and the login page say what it takes, and signing in leads on to the contact form.
     */
    @Test
    void theReuseContactLinkSaysToSignInAndLeadsToTheContactFormAfterwards() {
        Page page = visitor();
        open(page, "landskab/7-brugerdreven-innovation-i-jobcenter-aarhus");
        assertThat(page.locator("#case-request-contact"))
                .hasText("Jeg vil gerne genbruge den: log ind for at kontakte casens kontaktperson");

        page.locator("#case-request-contact").click();
        waitForView(page);
        assertThat(page.locator("#login-notice")).hasText("Log ind for at fortsætte til den side, du var på vej til.");
        submitLoginForm(page, "borger@demo.coi.dk", "demo");

        page.locator("#current-person").waitFor();
        assertThat(page).hasURL(portal("landskab/7/kontakt"));
        assertThat(page.locator("#contact-message")).isVisible();
    }

    @Test
    void aPageThatNeedsASignInIsShownOnceSignedIn() {
        Page page = visitor();
        open(page, "min-side");
        assertThat(page.locator("vaadin-login-form")).isVisible();

        submitLoginForm(page, "borger@demo.coi.dk", "demo");

        page.locator("#current-person").waitFor();
        assertThat(page.locator("#main-content h1")).hasText("Min side");
        // At its clean address: not with the "?continue" of Spring's saved request (the trial's finding).
        assertThat(page.url()).isEqualTo(portal("min-side"));
    }

    @Test
    void aReturnAddressOnAnotherSiteIsIgnored() {
        // https://angriber.example/, //angriber.example/, /\angriber.example/ and / <tab> /angriber.example/
        for (String elsewhere : new String[] {"https%3A%2F%2Fangriber.example%2F", "%2F%2Fangriber.example%2F",
                "%2F%5Cangriber.example%2F", "%2F%09%2Fangriber.example%2F"}) {
            Page page = visitor();
            open(page, "login?next=" + elsewhere);
            assertThat(page.locator("#login-notice")).isHidden();
            submitLoginForm(page, "borger@demo.coi.dk", "demo");

            page.locator("#current-person").waitFor();
            assertThat(page).hasURL(portal(""));
        }
    }

    @Test
    void aReturnAddressOnThePortalIsFollowed() {
        Page page = visitor();
        open(page, "login?next=%2Fwiki%2FDe_syv_principper");
        submitLoginForm(page, "borger@demo.coi.dk", "demo");

        page.locator("#current-person").waitFor();
        assertThat(page).hasURL(portal("wiki/De_syv_principper"));
    }

    @Test
    void signingInFromAServerRenderedPageReturnsToItsInteractiveScreen() {
        Page page = visitor();
        page.navigate(portal("wiki/De_syv_principper"));
        assertThat(page.locator("#edit-page")).hasCount(0);
        page.locator("#login-link").click();
        submitLoginForm(page, "medarbejder@demo.coi.dk", "demo");

        page.locator("#current-person").waitFor();
        assertThat(page).hasURL(portal("wiki/De_syv_principper"));
        assertThat(page.locator("#edit-page")).isVisible();
    }

    @Test
    void signingUpSignsTheNewPersonInAndReturnsToThePageTheyCameFrom() {
        Page page = visitor();
        open(page, "nyheder/2");
        // The server-rendered page's link names the page to return to (the Vaadin header's: the page shown before).
        page.locator(".portal-account a[href*='opret-konto']").click();
        page.locator("#signup-name").waitFor();

        page.locator("#signup-name input").fill("Nora Nyoprettet");
        page.locator("#signup-email input").fill("nora-" + UUID.randomUUID() + "@example.dk");
        page.locator("#signup-password input").fill("Otte orange oliven i olien");
        page.locator("#signup-repeat input").fill("Otte orange oliven i olien");
        page.locator("#signup-submit").click();

        page.locator("#current-person").waitFor();
        assertThat(page.locator("#current-person")).hasText("Nora Nyoprettet");
        assertThat(page).hasURL(portal("nyheder/2"));
    }
}
