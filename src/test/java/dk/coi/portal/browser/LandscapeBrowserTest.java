package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.open;
import static dk.coi.portal.browser.PortalPages.signInAndWait;

import com.microsoft.playwright.Page;
import dk.coi.portal.support.PortalTest;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The landscape in a browser: an employee registers a case (a result without a unit refused at its field) and
 * submits it, staff publish it from the review queue, and an anonymous reader reads it on the server-rendered page
 * with its results and evidence level explained.
 */
@PortalTest
class LandscapeBrowserTest extends BrowserTestSupport {

    private static void choose(Page page, String select, String item) {
        page.locator(select).click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(item)).first().click();
    }

    @Test
    void anEmployeeRegistersACaseStaffPublishItAndAnAnonymousReaderSeesIt() {
        String title = "Videosamtaler med unge ledige " + UUID.randomUUID().toString().substring(0, 6);
        Page mads = visitor(1280, 900);
        signInAndWait(mads, "medarbejder@demo.coi.dk", "demo");
        open(mads, "landskab/ny");
        mads.locator("#case-title input").fill(title);
        mads.locator("#case-summary textarea").fill("Unge ledige kan holde opfølgningssamtalen som videomøde.");
        mads.locator("#case-organisation input").pressSequentially("Københavns Kommune");
        mads.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Københavns Kommune")).first()
                .click();
        choose(mads, "#case-sector", "Beskæftigelse");
        mads.locator("#case-year input").fill("2022");
        choose(mads, "#case-stage", "Pilotprojekt");
        choose(mads, "#case-type", "Service");
        choose(mads, "#case-novelty", "Tilpasset fra andre");
        choose(mads, "#case-evidence", "Før- og eftermåling");
        mads.locator("#case-add-result").click();
        mads.locator("#case-result-0-metric input").fill("Fremmøde til samtaler");
        mads.locator("#case-result-0-baseline input").fill("81");
        mads.locator("#case-save").click();
        assertThat(mads.locator("#case-result-0-unit")).hasAttribute("invalid", "");
        assertThat(mads.locator("#case-status")).containsText("Skriv enheden");
        mads.locator("#case-result-0-unit input").fill("%");
        mads.locator("#case-result-0-result input").fill("88");
        mads.locator("#case-save").click();
        assertThat(mads.locator("#case-state")).containsText("Kladde");
        mads.waitForURL(Pattern.compile(".*/landskab/\\d+/rediger.*"));
        Matcher id = Pattern.compile("/landskab/(\\d+)/rediger").matcher(mads.url());
        org.assertj.core.api.Assertions.assertThat(id.find()).as(mads.url()).isTrue();
        mads.locator("#case-submit").click();
        assertThat(mads.locator("#case-state")).containsText("Sendt til gennemsyn");

        Page camilla = visitor(1280, 900);
        signInAndWait(camilla, "coi@demo.coi.dk", "demo");
        open(camilla, "landskab/gennemsyn");
        assertThat(camilla.locator("#case-review-list")).containsText(title);
        camilla.locator("#case-publish-" + id.group(1)).click();
        assertThat(camilla.locator("#case-review-status")).containsText("offentliggjort");

        Page reader = visitor(360, 800);
        open(reader, "landskab/" + id.group(1));
        assertThat(reader.locator("#case-title")).hasText(title);
        assertThat(reader.locator("#case-results")).containsText("Fremmøde til samtaler (%)");
        assertThat(reader.locator("#case-results")).containsText("88");
        assertThat(reader.locator("#case-evidence")).containsText("målt før og efter");
        assertThat(reader.locator("#case-confirmed")).containsText("Sidst bekræftet ajour");
    }
}
