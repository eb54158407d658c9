package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.open;
import static dk.coi.portal.browser.PortalPages.signInAndWait;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.coi.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

/**
 * Votes in two browsers at once: when one participant votes (and withdraws), the count on another person's open
 * storm list and idea page moves without a reload (Vaadin Push); a reader who is not signed in sees the count and
 * a sign-in link, no button. The demo storm's open phase takes votes and shows counts.
 */
@PortalTest
class VoteBrowserTest extends BrowserTestSupport {

    private static final String STORM = "idestorme/1-unge-ledige-til-samtalen-i-jobcentret";
    private static final String IDEA = "Samtalen som videomøde, når det passer";

    private static Locator card(Page page) {
        return page.locator("#storm-idea-cards li", new Page.LocatorOptions().setHasText(IDEA));
    }

    @Test
    void aVoteMovesTheCountInAnotherOpenBrowserWithoutAReload() {
        Page mads = visitor(1280, 900);
        signInAndWait(mads, "medarbejder@demo.coi.dk", "demo");
        open(mads, STORM);
        Page camilla = visitor(1280, 900);
        signInAndWait(camilla, "coi@demo.coi.dk", "demo");
        open(camilla, STORM);
        assertThat(card(camilla).locator(".portal-idea-votes")).hasText("0 stemmer");

        Locator toggle = card(mads).locator("vaadin-button.portal-vote-toggle");
        assertThat(toggle).hasAttribute("aria-label", "Stem på " + IDEA);
        assertThat(toggle).hasAttribute("aria-pressed", "false");
        assertThat(toggle.locator("vaadin-icon")).hasCount(0);
        toggle.click();
        assertThat(toggle).hasAttribute("aria-pressed", "true");
        assertThat(toggle.locator("vaadin-icon[icon='vaadin:check']")).hasCount(1);
        assertThat(mads.locator("#storm-vote-status")).hasText("Din stemme på »" + IDEA + "« er givet.");
        assertThat(card(mads).locator(".portal-idea-votes")).hasText("1 stemme");
        assertThat(card(camilla).locator(".portal-idea-votes")).hasText("1 stemme");

        card(camilla).locator("a", new Locator.LocatorOptions().setHasText(IDEA)).click();
        assertThat(camilla.locator("#main-content h1")).hasText(IDEA);
        assertThat(camilla.locator("#idea-vote .portal-idea-votes")).hasText("1 stemme");
        toggle.click();
        assertThat(toggle).hasAttribute("aria-pressed", "false");
        assertThat(camilla.locator("#idea-vote .portal-idea-votes")).hasText("0 stemmer");
        toggle.click();
        assertThat(camilla.locator("#idea-vote .portal-idea-votes")).hasText("1 stemme");

        Page reader = visitor(1280, 900);
        open(reader, STORM);
        assertThat(reader.locator("vaadin-app-layout")).hasCount(0);
        assertThat(card(reader).locator(".portal-idea-votes")).hasText("1 stemme");
        assertThat(reader.locator("#storm-vote-login a")).hasText("Log ind for at stemme");
        assertThat(reader.locator("#storm-idea-cards button")).hasCount(0);
    }
}
