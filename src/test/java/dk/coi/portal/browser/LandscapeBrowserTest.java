package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.open;
import static dk.coi.portal.browser.PortalPages.signInAndWait;

import com.microsoft.playwright.Page;
import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseSector;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestCaseDrafts;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The landscape in a browser: an employee registers a case (a result without a unit refused at its field) and
 * submits it, staff publish it from the review queue, and an anonymous reader reads it on the server-rendered page
 * with its results and evidence level explained; a search by its words narrowed by its sector and municipality finds it
 * (the counts changing at each), and the map's list alternative and its municipality's card on the map name it.
 */
@PortalTest
class LandscapeBrowserTest extends BrowserTestSupport {

    private static void choose(Page page, String select, String item) {
        page.locator(select).click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(item)).first().click();
    }

    @Autowired
    CaseService cases;
    @Autowired
    OrganisationService organisations;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.clear();
    }

    /** A case of the same search words published beside the one registered in the browser, to narrow down from. */
    private void publishBeside(String title, int municipalityCode, CaseSector sector) {
        OrganisationId municipality = organisations.municipalities().stream()
                .filter(found -> found.code() == municipalityCode).findFirst().orElseThrow().id();
        signedIn.newPerson("Ea Ansat", Role.EMPLOYEE);
        CaseId id = cases.register(TestCaseDrafts.inSector(TestCaseDrafts.draft(title,
                "En anden case i samme søgning.", municipality), sector));
        cases.submit(id);
        signedIn.newPerson("Sif Staff", Role.COI_STAFF);
        cases.publish(id, cases.screen(id).orElseThrow().version());
        signedIn.clear();
    }

    @Test
    void anEmployeeRegistersACaseStaffPublishItAndAnAnonymousReaderSeesIt() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String title = "Videosamtaler med unge ledige " + run;
        Page mads = visitor(1280, 900);
        signInAndWait(mads, "medarbejder@demo.coi.dk", "demo");
        open(mads, "landskab/ny");
        mads.locator("#case-title input").fill(title);
        mads.locator("#case-summary textarea").fill("Unge ledige kan holde opfølgningssamtalen som videomøde.");
        // Mads works at Jobcenter Aarhus: his municipality is chosen, and he may choose another.
        assertThat(mads.locator("#case-organisation input")).hasValue("Aarhus Kommune");
        mads.locator("#case-organisation input").fill("");
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
        assertThat(mads.locator("#case-status")).hasText("Casen er ikke gemt. Ret dette:");
        assertThat(mads.locator("#case-problems li"))
                .hasText("Resultat 1, Enhed: Skriv enheden for udgangspunkt, mål og resultat.");
        mads.locator("#case-result-0-unit input").fill("%");
        mads.locator("#case-result-0-result input").fill("88");
        mads.locator("#case-save").click();
        assertThat(mads.locator("#case-state")).containsText("Kladde");
        mads.waitForURL(Pattern.compile(".*/landskab/\\d+/rediger.*"));
        Matcher id = Pattern.compile("/landskab/(\\d+)/rediger").matcher(mads.url());
        org.assertj.core.api.Assertions.assertThat(id.find()).as(mads.url()).isTrue();
        mads.locator("#case-submit").click();
        assertThat(mads.locator("#case-contact-role")).hasAttribute("invalid", "");
        assertThat(mads.locator("#case-status"))
                .hasText("Kladden er gemt. Ret dette, før den kan sendes til gennemsyn:");
        assertThat(mads.locator("#case-problems")).containsText("Skriv kontaktpersonens rolle");
        // Every case answers the four questions before it is reviewed; the draft was saved without them.
        assertThat(mads.locator("#case-effect-source")).hasAttribute("invalid", "");
        assertThat(mads.locator("#case-problems li").first()).hasText("Virkning: Skriv afsnittet Virkning.");
        mads.locator("#case-problems li a").first().click();
        assertThat(mads.locator("#case-effect-source textarea")).isFocused();
        assertThat(mads.locator("#case-state")).containsText("Kladde");
        mads.locator("#case-contact-role input").fill("Projektleder");
        mads.locator("#case-effect-source textarea").fill("Flere unge møder op.");
        mads.locator("#case-process-source textarea").fill("Afprøvet i ét team i et halvt år.");
        mads.locator("#case-conditions-source textarea").fill("Et videosystem, som borgerne kan bruge.");
        mads.locator("#case-documentation-source textarea").fill("Jobcentrets opgørelse af fremmøde.");
        mads.locator("#case-submit").click();
        assertThat(mads.locator("#case-state")).containsText("Sendt til gennemsyn");

        Page camilla = visitor(1280, 900);
        signInAndWait(camilla, "coi@demo.coi.dk", "demo");
        open(camilla, "landskab/gennemsyn");
        assertThat(camilla.locator("#case-review-list")).containsText(title);
        camilla.locator("#case-publish-" + id.group(1)).click();
        assertThat(camilla.locator("#case-publish-dialog")).containsText("offentlig for alle");
        camilla.locator("#case-publish-dialog-do").click();
        assertThat(camilla.locator("#case-review-status")).containsText("offentliggjort");

        Page reader = visitor(360, 800);
        open(reader, "landskab/" + id.group(1));
        assertThat(reader.locator("#case-title")).hasText(title);
        assertThat(reader.locator("#case-results")).containsText("Fremmøde til samtaler (%)");
        assertThat(reader.locator("#case-results")).containsText("88");
        assertThat(reader.locator("#case-evidence")).containsText("målt før og efter");
        assertThat(reader.locator("#case-confirmed")).containsText("Sidst bekræftet ajour");

        // Found in the catalogue by its words, then narrowed by its sector and municipality, each count changing.
        publishBeside("Jobcafé for unge " + run, 751, CaseSector.EMPLOYMENT);
        publishBeside("Sundhedssamtaler for unge " + run, 101, CaseSector.HEALTH);
        Page searcher = visitor(1280, 900);
        open(searcher, "landskab?q=" + run);
        assertThat(searcher.locator("#cases-count")).hasText("3 cases");
        searcher.locator("label[for=facet-sektor-employment]").click();
        searcher.locator("#catalogue-submit").click();
        searcher.waitForURL(Pattern.compile(".*sektor=employment.*"));
        assertThat(searcher.locator("#cases-count")).hasText("2 cases");
        assertThat(searcher.locator("label[for=facet-kommune-101]")).containsText("Københavns Kommune (1)");
        searcher.locator("label[for=facet-kommune-101]").click();
        searcher.locator("#catalogue-submit").click();
        searcher.waitForURL(Pattern.compile(".*kommune=101.*"));
        assertThat(searcher.locator("#cases-count")).hasText("1 case");
        assertThat(searcher.locator("#cases")).containsText(title);
        // The list alternative of the map names it; so does its municipality's card on the map.
        assertThat(searcher.locator("#catalogue-map-list")).containsText(title);
        assertThat(searcher.locator("#catalogue-map-list")).not().containsText("Jobcafé");
        searcher.locator("#catalogue-map .portal-map-marker").first().click();
        assertThat(searcher.locator("#catalogue-map .portal-map-card")).containsText(title);
    }
}
