package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.CaseDraft;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseResult;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestCaseDrafts;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What only a browser shows of the trial's findings on the landscape: the Vaadin case page's results table was wider
 * than the page at 1280 px; a required choice's "Skal udfyldes" must not be seen under a choice made, nor its error
 * before a save was refused (a guard: the case form's selects kept to it already; the idea form's theme did not); the
 * catalogue's button to show the ticked came after some forty checkboxes on a phone.
 */
@PortalTest
class LandscapeTrialBrowserTest extends BrowserTestSupport {

    /** Where the catalogue's search lands: its results. */
    private static final String RESULTS = "#catalogue-results";
    /** The words a person sees, not those the stylesheet hides (a summary's words for the other state). */
    private static final LocatorAssertions.HasTextOptions SHOWN = new LocatorAssertions.HasTextOptions()
            .setUseInnerText(true);

    @Autowired
    CaseService cases;
    @Autowired
    OrganisationService organisations;
    @Autowired
    SignedIn signedIn;

    @Test
    void theCasePagesResultsFitThePageAt1280() {
        signedIn.newPerson("Rita Resultat", Role.EMPLOYEE);
        CaseDraft plain = TestCaseDrafts.draft("Resultattabel " + UUID.randomUUID().toString().substring(0, 8),
                "En case med lange resultater.", organisations.municipalities().stream()
                        .filter(found -> found.code() == 101).findFirst().orElseThrow().id());
        CaseId id = cases.register(new CaseDraft(plain.title(), plain.summary(), plain.organisation(),
                plain.partners(), plain.sector(), plain.yearStarted(), plain.stage(), plain.innovationType(),
                plain.targetGroup(), plain.novelty(), plain.links(), plain.tags(), plain.effect(), plain.process(),
                plain.conditions(), plain.documentation(), plain.evidenceLevel(), List.of(new CaseResult(
                        "Udeblivelser fra samtaler i jobcentrets ungeindsats", "procent", "8,66",
                        "20 % færre udeblivelser end kontrolgruppen", "",
                        "Sagsbehandlere uden sms-påmindelser og uden app", "januar 2019 – december 2019",
                        "Beskæftigelsesforvaltningens fagsystem", false, null)), plain.contactPerson(), "Projektleder",
                false));
        cases.submit(id);
        signedIn.newPerson("Sif Staff", Role.COI_STAFF);
        cases.publish(id, cases.screen(id).orElseThrow().version());
        signedIn.clear();

        Page reader = signedIn("borger@demo.coi.dk", "demo");
        open(reader, "landskab/" + id.value());
        assertThat(reader.locator(".portal-case-results")).containsText("Sagsbehandlere uden sms-påmindelser");
        Object widths = reader.locator("#case-results .portal-table-scroll").evaluate(
                "element => [element.scrollWidth, element.clientWidth]");
        assertThat((List<?>) widths).as("scroll width, width").satisfies(pair -> assertThat(
                ((Number) pair.get(0)).intValue()).isLessThanOrEqualTo(((Number) pair.get(1)).intValue()));
    }

    @Test
    void aRequiredChoiceSaysSoOnlyOnceASaveWasRefusedAndNotUnderAChoiceMade() {
        Page mads = signedIn("medarbejder@demo.coi.dk", "demo");
        open(mads, "landskab/ny");
        // Opened and closed without a choice, on the way through the form: nothing refused yet.
        mads.locator("#case-stage").click();
        mads.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText("Pilotprojekt")).waitFor();
        mads.keyboard().press("Escape");
        mads.locator("#case-title input").focus();
        assertThat(mads.locator("#case-stage")).not().hasAttribute("invalid", "");
        mads.locator("#case-sector").click();
        mads.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText("Beskæftigelse")).click();
        assertThat(mads.locator("#case-sector")).not().hasAttribute("invalid", "");
        // "Skal udfyldes" is said to screen readers only: seen under a choice made, it read as an error.
        Object seen = mads.evaluate("() => [...document.querySelectorAll('[slot=helper]')].filter(helper =>"
                + " helper.textContent.trim() === 'Skal udfyldes' && helper.getBoundingClientRect().width > 1).length");
        assertThat(((Number) seen).intValue()).isZero();

        mads.locator("#case-save").click();
        assertThat(mads.locator("#case-stage")).hasAttribute("invalid", "");
        assertThat(mads.locator("#case-stage")).containsText("Vælg");
        assertThat(mads.locator("#case-sector")).not().hasAttribute("invalid", "");
        mads.locator("#case-stage").click();
        mads.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText("Pilotprojekt")).click();
        assertThat(mads.locator("#case-stage")).not().hasAttribute("invalid", "");
    }

    /**
     * The catalogue's form has one button (before: "Søg" beside the words and "Vis resultater" above and below the
     * facets, three buttons sending the same form); on a phone it stays in sight above the facets, and the page with
     * words, an order and ticked filters, in either language, is no wider than the phone (it was 436 px).
     */
    @Test
    void onAPhoneTheFormsOneButtonStaysInSightAboveTheFacetsAndThePageFitsThePhone() {
        Page reader = visitor(360, 800);
        open(reader, "landskab");
        assertThat(reader.locator("#catalogue-form [type=submit]")).hasCount(1);
        reader.locator("#catalogue-text").fill("unge");
        reader.locator("#catalogue-sort").selectOption("nyeste");
        reader.locator("#catalogue-filters > summary").click();
        reader.locator("#facet-aar summary").click();
        reader.locator("#facet-aar .portal-facet-value label").last().click();
        assertThat(reader.locator("#catalogue-submit")).isInViewport();
        reader.locator("#catalogue-submit").click();
        reader.waitForURL(url -> url.contains("aar=") && url.contains("q=unge"));
        assertThat(reader.locator("#catalogue-chips")).isVisible();
        assertFitsThePhone(reader);
        // On a phone the language switch is in the menu, so that the header search has a row of its own.
        reader.locator("#menu-button").click();
        reader.locator("#menu-language-switch").click();
        assertThat(reader.locator("#catalogue-submit")).hasText("Search");
        assertThat(reader.locator("#catalogue-chips")).isVisible();
        assertFitsThePhone(reader);
    }

    /**
     * The fresh-eyes trial's findings: on a phone a search's results began some 2 200 px down, after the facets, and
     * the form's empty fields were sent in the address ({@code ?q=&sorter=}). The facets are one closed disclosure
     * that says how many values are chosen; the address holds only what was chosen.
     */
    @Test
    void onAPhoneASearchsResultsBeginNearTheTopAndItsAddressHoldsOnlyWhatWasChosen() {
        Page reader = visitor(360, 740);
        open(reader, "landskab");
        // The empty form is sent as "?q=&sorter=" and sent on (303) to the address without them.
        Response landed = reader.waitForResponse(response -> response.request().isNavigationRequest()
                && response.status() == 200, () -> reader.locator("#catalogue-submit").click());
        Request sent = landed.request().redirectedFrom();
        assertThat(sent.url()).contains("/landskab?").contains("q=");
        assertThat(sent.response().status()).isEqualTo(303);
        assertThat(landed.url()).endsWith("/landskab");
        reader.waitForLoadState();
        assertThat(reader.url()).as("the search's fragment kept through the 303").isEqualTo(landed.url() + RESULTS);
        assertFirstCardNearTheTop(reader);
        assertLandedAtTheResults(reader);
        assertThat(reader.locator("#catalogue-filters")).not().hasAttribute("open", "");
        assertThat(reader.locator("#facet-sektor")).not().isVisible();

        reader.locator("#catalogue-filters > summary").click();
        reader.locator("#facet-sektor summary").click();
        // The button stays in sight above the open facets and covers none a keyboard user goes back up to.
        Locator boxes = reader.locator("#facet-sektor input[type=checkbox]");
        boxes.last().evaluate("box => window.scrollBy(0, box.getBoundingClientRect().top - 20)");
        boxes.last().evaluate("box => box.focus({preventScroll: true})");
        for (int box = boxes.count() - 2; box >= 0; box--) {
            reader.keyboard().press("Shift+Tab");
            assertThat(boxes.nth(box)).isFocused();
            assertNotUnderTheButton(reader, boxes.nth(box));
        }
        reader.locator("#facet-sektor .portal-facet-value:not(.portal-facet-value-none) label").first().click();
        reader.locator("#catalogue-submit").click();
        reader.waitForURL(url -> url.contains("sektor="));
        assertThat(reader.url()).doesNotContain("q=", "sorter=");
        assertThat(reader.url()).as("the address holds only what was chosen")
                .matches(".*/landskab\\?sektor=[a-z-]+" + RESULTS);
        assertThat(reader.locator("#catalogue-filters > summary")).hasText("Vis filtre (1 valgt)", SHOWN);
        assertFirstCardNearTheTop(reader);
        assertLandedAtTheResults(reader);
        assertFitsThePhone(reader);
        // Removing the chip is a search too (review round 2): it lands at the results alike.
        reader.locator("#catalogue-chips a").first().click();
        reader.waitForURL(url -> url.endsWith("/landskab" + RESULTS));
        assertFirstCardNearTheTop(reader);
        assertLandedAtTheResults(reader);
    }

    /** Signed in (the Vaadin renderer of the same address) a phone gets the results first too, behind no script. */
    @Test
    void signedInOnAPhoneTheFacetsAreOneClosedDisclosureAndTheResultsBeginNearTheTop() {
        Page reader = signedIn("borger@demo.coi.dk", "demo");
        reader.setViewportSize(360, 800);
        open(reader, "landskab");
        assertThat(reader.locator("#catalogue-filters > summary")).hasText("Vis filtre", SHOWN);
        assertThat(reader.locator("#catalogue-filters")).not().hasAttribute("open", "");
        assertThat(reader.locator("#facet-sektor")).not().isVisible();
        assertFirstCardNearTheTop(reader);
        reader.locator("#catalogue-filters > summary").click();
        assertThat(reader.locator("#facet-sektor")).isVisible();
        assertThat(reader.locator("#catalogue-filters > summary")).hasText("Skjul filtre", SHOWN);
        assertFitsThePhone(reader);
    }

    /** Beside the results the facets are open without a click: no disclosure to open. */
    @Test
    void at1280TheFacetsAreShownBesideTheResults() {
        Page reader = visitor(1280, 800);
        open(reader, "landskab");
        assertThat(reader.locator("#catalogue-filters > summary")).not().isVisible();
        assertThat(reader.locator("#facet-sektor .portal-facet-value label").first()).isVisible();
        double facets = ((Number) reader.locator("#catalogue-facets").evaluate("facets => facets"
                + ".getBoundingClientRect().right")).doubleValue();
        double results = ((Number) reader.locator("#catalogue-results").evaluate("results => results"
                + ".getBoundingClientRect().left")).doubleValue();
        assertThat(results).as("two columns").isGreaterThan(facets);
        reader.locator("#catalogue-skip").click();
        assertThat(reader.locator("#cases-count")).isInViewport();

        // A search lands at its results here too, with the form's words beside them.
        open(reader, "landskab");
        reader.locator("#catalogue-text").press("Enter");
        reader.waitForURL(url -> url.endsWith(RESULTS));
        assertThat(reader.locator("#cases-count")).isInViewport();
        assertThat(reader.locator("#catalogue-text")).isInViewport();
    }

    /**
     * The trial's second finding: the flex summaries hid the browser's triangle, so nothing said a disclosure opens. A
     * chevron turns when it opens, and "Vis filtre" says "Skjul filtre" (the words hidden, as
     * innerText reads them, are no part of the accessible name either).
     */
    @Test
    void onAPhoneTheDisclosuresShowWhetherTheyAreOpen() {
        Page reader = visitor(360, 740);
        open(reader, "landskab");
        Locator filters = reader.locator("#catalogue-filters > summary");
        Locator facet = reader.locator("#facet-sektor > summary");
        assertThat(filters).hasText("Vis filtre", SHOWN);
        String closed = chevron(filters);
        assertThat(closed).as("a chevron").isNotEqualTo("none");
        filters.click();
        assertThat(filters).hasText("Skjul filtre", SHOWN);
        assertThat(reader.locator("#catalogue-filters")).hasAttribute("open", "");
        assertThat(chevron(filters)).as("turned when open").isNotEqualTo(closed);
        assertThat(chevron(facet)).as("a closed facet's chevron").isEqualTo(closed);
        facet.click();
        assertThat(chevron(facet)).as("an open facet's chevron").isEqualTo(chevron(filters));
    }

    private static String chevron(Locator summary) {
        return (String) summary.evaluate("summary => getComputedStyle(summary, '::before').transform");
    }

    /**
     * After a search the window begins at the results (the trial: the first card began at y=749 of a 740 px window
     * and took 7 Tabs): the count and the first card are in the window, and Tab goes on from the results.
     */
    private static void assertLandedAtTheResults(Page page) {
        assertThat(page.locator("#cases-count")).isInViewport();
        assertThat(page.locator(RESULTS)).isFocused();
        double top = ((Number) page.locator("#cases .portal-case-card").first()
                .evaluate("card => card.getBoundingClientRect().top")).doubleValue();
        int height = ((Number) page.evaluate("window.innerHeight")).intValue();
        assertThat(top).as("the first card's top in the window").isBetween(0.0, (double) height);
        page.keyboard().press("Tab");
        assertThat(page.locator("#catalogue-results :focus")).hasCount(1);
    }

    /**
     * A parameter's "see the code list" link opens the closed list it leads to: the link's target is inside the
     * {@code <details>}, as a browser opens one only for a target within it.
     */
    @Test
    void aCodeListsLinkOpensTheList() {
        Page reader = visitor(360, 800);
        open(reader, "aabne-data");
        Locator list = reader.locator("details:has(#opendata-codes-kommune)");
        assertThat(list).not().hasAttribute("open", "");
        reader.locator("a[href='#opendata-codes-kommune']").first().click();
        assertThat(list).hasAttribute("open", "");
        assertThat(reader.locator("#opendata-codes-kommune")).isInViewport();
    }

    private static void assertFirstCardNearTheTop(Page page) {
        double top = ((Number) page.locator("#cases .portal-case-card").first()
                .evaluate("card => card.getBoundingClientRect().top + window.scrollY")).doubleValue();
        assertThat(top).as("the first card's distance from the page's top").isLessThan(900);
    }

    /**
     * Beside the results the facets run far below the window too: the button sticks in the form's column, so that it
     * is at hand after a tick near the end (it was sticky on phones only, left behind at the top at 1280 px), and
     * covers no box a keyboard user moves to.
     */
    @Test
    void at1280TheFormsOneButtonStaysInSightAfterTickingALowerFacet() {
        Page reader = visitor(1280, 800);
        open(reader, "landskab");
        Locator lastValue = reader.locator("#catalogue-facets .portal-facet").last()
                .locator(".portal-facet-value label").last();
        lastValue.click();
        assertThat(lastValue.locator("xpath=../input")).isChecked();
        assertThat(((Number) reader.evaluate("window.scrollY")).intValue()).as("scrolled to the tick").isPositive();
        assertThat(reader.locator("#catalogue-submit")).isInViewport();
        // Nor does the button hide the box a keyboard user goes back to: one just under it is scrolled into sight.
        Locator boxes = reader.locator("#catalogue-facets input[type=checkbox]");
        int middle = boxes.count() / 2;
        boxes.nth(middle).evaluate("box => window.scrollBy(0, box.getBoundingClientRect().top - 20)");
        boxes.nth(middle + 1).evaluate("box => box.focus({preventScroll: true})");
        reader.keyboard().press("Shift+Tab");
        assertThat(boxes.nth(middle)).isFocused();
        assertNotUnderTheButton(reader, boxes.nth(middle));
    }

    private static void assertNotUnderTheButton(Page page, Locator box) {
        double buttonBottom = ((Number) page.locator(".portal-catalogue-submit")
                .evaluate("bar => bar.getBoundingClientRect().bottom")).doubleValue();
        assertThat(((Number) box.evaluate("box => box.getBoundingClientRect().top")).doubleValue())
                .as("top of the focused box below the button's bottom").isGreaterThanOrEqualTo(buttonBottom);
    }

    private static void assertFitsThePhone(Page page) {
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(360);
    }
}
