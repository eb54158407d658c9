package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.open;
import static dk.coi.portal.browser.PortalPages.signInAndWait;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.coi.portal.identity.Role;
import dk.coi.portal.organisation.Municipality;
import dk.coi.portal.organisation.NewUnit;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationRoutes;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationStewardship;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The register in a browser: an employee adds their unit under their municipality (an empty name refused at the
 * field), and staff merge a duplicate into it, chosen by name with a reason, then mark it as an innovation unit; the
 * map of innovation units draws Denmark with the units and their list, asking no one but the portal.
 */
@PortalTest
class OrganisationBrowserTest extends BrowserTestSupport {

    @Autowired
    OrganisationService organisations;
    @Autowired
    OrganisationStewardship stewardship;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void reset() {
        signedIn.clear();
    }

    @Test
    void anEmployeeAddsTheirUnitAndStaffMergeADuplicateIntoIt() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        signedIn.anonymous();
        Municipality aalborg = organisations.municipalities().stream().filter(found -> found.code() == 851)
                .findFirst().orElseThrow();
        signedIn.clear();

        Page mads = visitor(1280, 900);
        signInAndWait(mads, "medarbejder@demo.coi.dk", "demo");
        open(mads, OrganisationRoutes.newUnitUnder(aalborg.id()));
        assertThat(mads.locator("#organisation-new-parent input")).hasValue("Aalborg Kommune");
        mads.locator("#organisation-new-button").click();
        assertThat(mads.locator("#organisation-new-name")).hasAttribute("invalid", "");
        assertThat(mads.locator("#organisation-new-status")).containsText("Skriv enhedens navn.");
        String name = "Digitaliseringsenheden " + run;
        mads.locator("#organisation-new-name input").fill(name);
        mads.locator("#organisation-new-button").click();
        assertThat(mads.locator("#main-content h1")).hasText(name);
        assertThat(mads.locator("#organisation-facts")).containsText("Aalborg Kommune");
        assertThat(mads.locator("#organisation-stewardship")).hasCount(0);

        signedIn.newPerson("Dorte Dublet", Role.EMPLOYEE);
        OrganisationId duplicate = organisations.addUnit(new NewUnit("Digitalisering i Aalborg " + run, aalborg.id(),
                null));
        String duplicatePath = organisations.find(duplicate).orElseThrow().path();
        signedIn.clear();

        Page camilla = visitor(1280, 900);
        signInAndWait(camilla, "coi@demo.coi.dk", "demo");
        open(camilla, duplicatePath);
        camilla.locator("#organisation-merge-kept input").pressSequentially("digitaliseringsenheden " + run);
        camilla.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(name)).click();
        camilla.locator("#organisation-merge-button").click();
        assertThat(camilla.locator("#organisation-merge-reason")).hasAttribute("invalid", "");
        camilla.locator("#organisation-merge-reason input").fill("Samme enhed, to navne");
        camilla.locator("#organisation-merge-button").click();
        assertThat(camilla.locator("#main-content h1")).hasText(name);
        assertThat(camilla.locator("#organisation-stewardship-status")).hasText("Organisationerne er slået sammen.");

        camilla.locator("#organisation-mark").click();
        assertThat(camilla.locator("#organisation-innovation-unit")).hasText("Innovationsenhed");
        assertThat(camilla.locator("#organisation-stewardship-status"))
                .hasText("Organisationen er markeret som innovationsenhed.");
        open(camilla, duplicatePath);
        assertThat(camilla.locator("#main-content h1")).hasText(name);
    }

    /**
     * A reader sees Denmark's outline and Aalborg's marker, opens its card by keyboard and follows the unit's link;
     * the list holds the same unit; nothing was fetched from anywhere but the portal. Signed in on a phone, the Vaadin
     * view draws the same map.
     */
    @Test
    void theMapOfInnovationUnitsDrawsDenmarkWithAUnitAtItsMunicipalityAndTheSameList() {
        String name = "Aalborg Innovationslab " + UUID.randomUUID().toString().substring(0, 6);
        signedIn.newPerson("Mads Medarbejder", Role.EMPLOYEE);
        Municipality aalborg = organisations.municipalities().stream().filter(found -> found.code() == 851)
                .findFirst().orElseThrow();
        OrganisationId unit = organisations.addUnit(new NewUnit(name, aalborg.id(), null));
        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        stewardship.markInnovationUnit(unit, true);
        String path = organisations.find(unit).orElseThrow().path();
        signedIn.clear();

        Page reader = visitor(1280, 900);
        List<String> requests = new CopyOnWriteArrayList<>();
        reader.onRequest(request -> requests.add(request.url()));
        open(reader, OrganisationRoutes.INNOVATION_UNITS);
        assertThat(reader.locator("#innovation-units-map .leaflet-overlay-pane path")).hasCount(1);
        Locator marker = reader.locator("#innovation-units-map .portal-map-marker[aria-label^='Aalborg Kommune:']");
        assertThat(marker).hasAttribute("role", "button");
        marker.focus();
        marker.press("Enter");
        Locator card = reader.locator("#innovation-units-map .portal-map-card");
        assertThat(card.locator("a", new Locator.LocatorOptions().setHasText(name)))
                .hasAttribute("href", "/" + path);
        assertThat(card).containsText("Aalborg Kommune");
        assertThat(reader.locator("#innovation-units a", new Page.LocatorOptions().setHasText(name)))
                .hasAttribute("href", "/" + path);
        assertThat(reader.locator("#innovation-units")).containsText("Aalborg Kommune: ");
        card.locator("a", new Locator.LocatorOptions().setHasText(name)).click();
        assertThat(reader.locator("#main-content h1")).hasText(name);
        String portal = "http://localhost:" + port + "/";
        org.assertj.core.api.Assertions.assertThat(requests).as("requests of the map's page")
                .filteredOn(url -> !url.startsWith("data:")).isNotEmpty().allMatch(url -> url.startsWith(portal));

        Page phone = visitor(1280, 900);
        signInAndWait(phone, "medarbejder@demo.coi.dk", "demo");
        phone.setViewportSize(360, 740);
        open(phone, OrganisationRoutes.INNOVATION_UNITS);
        assertThat(phone.locator("#innovation-units-map .leaflet-overlay-pane path")).hasCount(1);
        assertThat(phone.locator("#innovation-units-map .portal-map-marker").first()).isVisible();
        assertThat(phone.locator("#innovation-units a", new Page.LocatorOptions().setHasText(name))).isVisible();
    }
}
