package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.open;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.CaseDraft;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseSector;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.landscape.CaseStage;
import dk.coi.portal.landscape.EvidenceLevel;
import dk.coi.portal.landscape.InnovationType;
import dk.coi.portal.landscape.Novelty;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestCaseDrafts;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The catalogue in a browser: a reader narrows a search by its facets (the counts change, the chosen filter is a
 * chip, the address holds the search), the map and its list alternative show the cases of the search and no others,
 * the address opened in a new window reopens the same search, and a signed-in person's Vaadin catalogue at that
 * address shows the same and narrows it further with a tick.
 */
@PortalTest
class CatalogueBrowserTest extends BrowserTestSupport {

    @Autowired
    CaseService cases;
    @Autowired
    OrganisationService organisations;
    @Autowired
    SignedIn signedIn;

    private OrganisationId municipality(int code) {
        return organisations.municipalities().stream().filter(found -> found.code() == code).findFirst()
                .orElseThrow().id();
    }

    private void publish(String title, OrganisationId organisation, CaseSector sector, String tag) {
        signedIn.newPerson("Ea Ansat", Role.EMPLOYEE);
        CaseId id = cases.register(new CaseDraft(title, "En case til kataloget.", organisation, null, sector, 2020,
                CaseStage.PILOT, InnovationType.SERVICE, "Borgere", Novelty.FIRST, List.of(), List.of(tag),
                "Effekt.", "Proces.", "Forudsætninger.", "Dokumentation.", EvidenceLevel.QUALITATIVE, List.of(),
                TestCaseDrafts.signedInPerson(), "Projektleder", false));
        cases.submit(id);
        signedIn.newPerson("Sif Staff", Role.COI_STAFF);
        cases.publish(id, cases.screen(id).orElseThrow().version());
        signedIn.clear();
    }

    @Test
    void aReaderNarrowsTheSearchByFacetsSeesItOnTheMapAndASharedAddressReopensIt() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String tag = "browserkatalog-" + run;
        publish("Jobrobot i København " + run, municipality(101), CaseSector.EMPLOYMENT, tag);
        publish("Jobcafé i Aarhus " + run, municipality(751), CaseSector.EMPLOYMENT, tag);
        publish("Sundhedstjek i Aarhus " + run, municipality(751), CaseSector.HEALTH, tag);

        Page reader = visitor(1280, 900);
        open(reader, "landskab?emne=" + tag);
        assertThat(reader.locator("#cases-count")).hasText("3 cases");
        assertThat(reader.locator("#facet-sektor")).hasAttribute("open", "");
        assertThat(reader.locator("#facet-sektor")).containsText("Beskæftigelse (2)");
        assertThat(reader.locator("#facet-sektor")).containsText("Sundhed (1)");
        reader.locator("#facet-sektor label", new Page.LocatorOptions().setHasText("Beskæftigelse")).click();
        reader.locator("#catalogue-submit").click();
        reader.waitForURL(Pattern.compile(".*sektor=employment.*"));
        assertThat(reader.locator("#cases-count")).hasText("2 cases");
        assertThat(reader.locator("#catalogue-chips")).containsText("Beskæftigelse");
        assertThat(reader.locator("#facet-kommune")).containsText("Københavns Kommune (1)");
        assertThat(reader.locator("#facet-kommune")).containsText("Aarhus Kommune (1)");
        assertThat(reader.locator("#catalogue-map-list")).containsText("Jobrobot i København " + run);
        assertThat(reader.locator("#catalogue-map-list")).containsText("Jobcafé i Aarhus " + run);
        assertThat(reader.locator("#catalogue-map-list")).not().containsText("Sundhedstjek");
        reader.locator("#catalogue-map .portal-map-marker").first().waitFor();

        String shared = reader.url();
        Page friend = visitor(360, 800);
        friend.navigate(shared);
        assertThat(friend.locator("#cases-count")).hasText("2 cases");
        assertThat(friend.locator("#catalogue-chips")).containsText("Beskæftigelse");
        assertThat(friend.locator("#cases")).containsText("Jobrobot i København " + run);
        assertThat(friend.locator("#cases")).not().containsText("Sundhedstjek");
        // On a phone the facets are one closed disclosure; a facet holding a choice stays open, the others start closed
        // and open by keyboard.
        assertThat(friend.locator("#catalogue-filters > summary")).hasText("Vis filtre (2 valgt)",
                new LocatorAssertions.HasTextOptions().setUseInnerText(true));
        friend.locator("#catalogue-filters > summary").click();
        assertThat(friend.locator("#facet-sektor")).hasAttribute("open", "");
        assertThat(friend.locator("#facet-kommune")).not().hasAttribute("open", "");
        friend.locator("#facet-kommune summary").focus();
        friend.keyboard().press("Enter");
        assertThat(friend.locator("#facet-kommune")).hasAttribute("open", "");
        assertThat(friend.locator("#facet-kommune label", new Page.LocatorOptions().setHasText("Aarhus Kommune")))
                .isVisible();

        Page staff = signedIn("coi@demo.coi.dk", "demo");
        open(staff, shared.substring(shared.indexOf("landskab")));
        assertThat(staff.locator("#cases-count")).hasText("2 cases");
        assertThat(staff.locator("#catalogue-chips")).containsText("Beskæftigelse");
        assertThat(staff.locator("#facet-kommune")).hasAttribute("open", ""); // wide: open without a click
        staff.locator("#facet-kommune vaadin-checkbox", new Page.LocatorOptions().setHasText("Aarhus Kommune"))
                .locator("input").check();
        staff.waitForURL(Pattern.compile(".*kommune=751.*"));
        assertThat(staff.locator("#cases-count")).hasText("1 case");
        assertThat(staff.locator("#cases")).containsText("Jobcafé i Aarhus " + run);
        assertThat(staff.locator("#catalogue-map-list")).not().containsText("Jobrobot");
    }
}
