package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.open;
import static dk.coi.portal.browser.PortalPages.signInAndWait;

import com.microsoft.playwright.Page;
import dk.coi.portal.support.PortalTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Spreading in a browser: an employee of another workplace records that it adapted Copenhagen's SMS pilot (a missing
 * kind refused at its field first) and registers its own case from it; staff publish that case, and a reader on a
 * phone sees the lineage on both cases' pages.
 */
@PortalTest
class SpreadingBrowserTest extends BrowserTestSupport {

    /** Copenhagen's SMS/app pilot, the second demo case. */
    private static final String SMS_PILOT = "landskab/2-sms-og-app-til-unge-ledige-i-ungecenteret";

    @Autowired
    JdbcTemplate database;

    @Test
    void anotherWorkplaceRecordsAnAdoptionAndTheLineageShowsIt() {
        Page mads = visitor(1280, 900);
        signInAndWait(mads, "medarbejder@demo.coi.dk", "demo");
        open(mads, SMS_PILOT);
        mads.locator("#case-adopt").click();
        mads.waitForURL(Pattern.compile(".*/landskab/2[^/]*/genbrug"));
        // Mads's workplace (Jobcenter Aarhus) recorded reusing the pilot already: said at once, with the way to it.
        assertThat(mads.locator("#adoption-workplace input")).hasValue("Aarhus Kommune");
        assertThat(mads.locator("#adoption-recorded-already")).containsText("Allerede registreret for Aarhus Kommune");
        assertThat(mads.locator("#adoption-recorded-already-link")).hasAttribute("href",
                Pattern.compile("/landskab/2-.*#adoption-\\d+"));
        // The link leads to that reuse on the case's page, shown (the view is built after the browser looked).
        String recorded = mads.locator("#adoption-recorded-already-link").getAttribute("href");
        mads.locator("#adoption-recorded-already-link").click();
        mads.waitForURL(Pattern.compile(".*#adoption-\\d+"));
        assertThat(mads.locator(recorded.substring(recorded.indexOf('#')))).isInViewport();
        mads.goBack();
        mads.waitForURL(Pattern.compile(".*/landskab/2[^/]*/genbrug"));
        assertThat(mads.locator("#adoption-workplace input")).hasValue("Aarhus Kommune");
        mads.locator("#adoption-workplace input").fill("");
        mads.locator("#adoption-workplace input").pressSequentially("Horsens Kommune");
        mads.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Horsens Kommune")).first()
                .click();
        assertThat(mads.locator("#adoption-recorded-already")).not().containsText("Allerede registreret");
        mads.locator("#adoption-month").click();
        mads.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText("januar")).click();
        mads.locator("#adoption-year input").fill("2025");
        mads.locator("#adoption-changes-source textarea").fill("Vi sender kun **sms** dagen før samtalen.");
        mads.locator("#adoption-own-case").click();
        mads.locator("#adoption-save").click();
        assertThat(mads.locator("#adoption-kind")).hasAttribute("invalid", "");
        assertThat(mads.locator("#adoption-status")).containsText("Vælg, hvordan I har genbrugt casen");
        mads.locator("#adoption-kind vaadin-radio-button", new Page.LocatorOptions().setHasText("Tilpasset"))
                .click();
        mads.locator("#adoption-save").click();
        // Said where the button was, with the way back to the case (the trial found no word of the save).
        assertThat(mads.locator("#adoption-status")).containsText("Jeres genbrug er registreret");
        assertThat(mads.locator("#adoption-status")).containsText("Jeres egen case er gemt som kladde");
        mads.locator("#adoption-saved-back").click();
        assertThat(mads.locator("#case-adopters")).containsText("Horsens Kommune");
        assertThat(mads.locator("#case-adopters")).containsText("Tilpasset, januar 2025");

        long own = database.queryForObject("""
                select a.adopting_case_id from landscape_adoption a join organisation o on o.id = a.organisation_id
                where a.case_id = 2 and o.name = 'Horsens Kommune'""", Long.class);
        open(mads, "landskab/" + own + "/rediger");
        mads.locator("#case-contact-role input").fill("Projektleder");
        // Process and conditions came from the reuse and the original; effect and documentation are their own.
        mads.locator("#case-effect-source textarea").fill("Færre udeblivelser i Horsens.");
        mads.locator("#case-documentation-source textarea").fill("Jobcentrets opgørelse.");
        mads.locator("#case-submit").click();
        assertThat(mads.locator("#case-state")).containsText("Sendt til gennemsyn");

        Page camilla = visitor(1280, 900);
        signInAndWait(camilla, "coi@demo.coi.dk", "demo");
        open(camilla, "landskab/gennemsyn");
        camilla.locator("#case-publish-" + own).click();
        camilla.locator("#case-publish-dialog-do").click();
        assertThat(camilla.locator("#case-review-status")).containsText("offentliggjort");

        Page reader = visitor(360, 800);
        open(reader, "landskab/" + own);
        assertThat(reader.locator("#case-title")).hasText("Sms og app til unge ledige i Ungecenteret i Horsens Kommune");
        assertThat(reader.locator("#case-lineage")).containsText("Sms og app til unge ledige i Ungecenteret");
        assertThat(reader.locator("#case-lineage")).containsText("Københavns Kommune");
        open(reader, SMS_PILOT);
        assertThat(reader.locator("#case-reuse-count")).containsText("Genbrugt af");
        Matcher onward = Pattern.compile("landskab/" + own + "-").matcher(reader.locator("#case-lineage")
                .innerHTML());
        org.assertj.core.api.Assertions.assertThat(onward.find()).as("the new case is in the lineage").isTrue();
    }
}
