package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.open;
import static dk.coi.portal.browser.PortalPages.signInAndWait;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.coi.portal.support.PortalTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The storm pages in a browser: a reader who is not signed in gets the server-rendered list and storm page, a
 * signed-in person the Vaadin views at the same addresses, showing the same.
 */
@PortalTest
class StormBrowserTest extends BrowserTestSupport {

    private static final String KLK = "Bedre overgange fra sygedagpenge til job";

    @Test
    void aReaderOpensTheListAndAStormAndASignedInPersonSeesTheSameInTheVaadinView() {
        Page reader = visitor(1280, 900);
        open(reader, "idestorme");
        assertThat(reader.locator("#storms-open")).containsText("Hvordan får vi flere unge ledige til at møde op");
        assertThat(reader.locator("#storms-concluded")).containsText("Færre breve i e-Boks");
        assertThat(reader.locator("#storms-coming")).containsText("Der er ingen kommende idéstorme.");
        assertThat(reader.locator("vaadin-app-layout")).hasCount(0);
        reader.locator("#storms-open a", new Page.LocatorOptions().setHasText(KLK)).click();
        String address = showsTheKlkStorm(reader);
        assertThat(reader.locator("vaadin-app-layout")).hasCount(0);

        Page staff = visitor(1280, 900);
        signInAndWait(staff, "coi@demo.coi.dk", "demo");
        open(staff, "idestorme");
        assertThat(staff.locator("vaadin-app-layout")).hasCount(1);
        assertThat(staff.locator("#storms-coming")).containsText("Der er ingen kommende idéstorme.");
        staff.locator("#storms-open a", new Page.LocatorOptions().setHasText(KLK)).click();
        assertThat(staff).hasURL(address);
        showsTheKlkStorm(staff);

        // The number alone leads to the storm's address in the Vaadin view too.
        open(staff, address.replaceFirst(".*/(idestorme/\\d+)-.*", "$1"));
        assertThat(staff.locator("#main-content h1")).hasText(KLK);
        staff.waitForURL(address);
    }

    /** The storm page as both renderers show it; returns its address. */
    private static String showsTheKlkStorm(Page page) {
        assertThat(page.locator("#main-content h1")).hasText(KLK);
        assertThat(page).hasURL(Pattern.compile("/idestorme/\\d+-bedre-overgange-fra-sygedagpenge-til-job$"));
        assertThat(page.locator("#storm-current-phase")).hasText("Tematisering");
        assertThat(page.locator("#storm-time-left")).hasText(Pattern.compile(
                "^Fasen »Tematisering« slutter om 4 dage og \\d timer?, [a-zæø]+dag \\d+\\. [a-z]+ kl\\. \\d\\d\\.00 \\(dansk tid\\)\\.$"));
        assertThat(page.locator("#storm-time-left time")).hasAttribute("datetime", Pattern.compile("T\\d\\d:00:00\\+0[12]:00$"));
        assertThat(page.locator("#storm-description")).containsText("Et KLK-forløb");
        Locator phases = page.locator("#storm-phases > li");
        assertThat(phases).hasCount(7);
        assertThat(page.locator("#storm-phases > li[aria-current=step]")).hasCount(1);
        assertThat(phases.nth(1)).hasAttribute("aria-current", "step");
        assertThat(phases.nth(1)).containsText("Tematisering nu");
        assertThat(phases.nth(1)).containsText("Arrangørerne samler behov og observationer i temaer.");
        assertThat(page.locator("#storm-ideas-heading")).hasText("Observationer");
        assertThat(page.locator("#storm-idea-cards .portal-idea-group h3")).hasText(new String[] {
                "Kontakt under sygemeldingen", "Tilbage på arbejdspladsen", "Uden tema"});
        assertThat(page.locator("#storm-idea-cards .portal-idea-group").last())
                .containsText("For mange skemaer til den samme sygemelding");
        return page.url();
    }
}
