package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.assertHasFocus;
import static dk.coi.portal.browser.PortalPages.open;
import static dk.coi.portal.browser.PortalPages.signIn;
import static dk.coi.portal.browser.PortalPages.signInAndWait;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import dk.coi.portal.identity.Role;
import dk.coi.portal.organisation.Municipality;
import dk.coi.portal.organisation.NewUnit;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationRoutes;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationStewardship;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The register in a browser: an employee adds their unit under their municipality (an empty name refused at the
 * field; the form a tidy column at 1280 and 360 px), and staff merge a duplicate into it, chosen by name with a reason
 * and confirmed (cancelling is the answer with the focus), mark it as an innovation unit and undo the merge; the list of
 * organisations is searched and filtered from the menu, its state in the address; the map of innovation units draws
 * Denmark with the units and their list, asking no one but the portal.
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
        assertThat(mads.locator("#organisation-kind")).hasText("Enhed under Aalborg Kommune");
        assertThat(mads.locator("#organisation-level")).hasText("Kommunal");
        assertThat(mads.locator("#organisation-region")).hasText("Region Nordjylland");
        // No units yet: the employee is told so plainly, with the way to add one.
        assertThat(mads.locator("section[aria-labelledby='organisation-units-heading']"))
                .containsText("Ingen enheder er registreret");
        assertThat(mads.locator("#organisation-add-unit")).isVisible();
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
        assertThat(camilla.getByText("Slå »Digitalisering i Aalborg " + run + "« sammen med »" + name + "«?"))
                .isVisible();
        Locator cancel = camilla.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fortryd"));
        assertHasFocus(cancel);
        camilla.keyboard().press("Enter");
        assertThat(cancel).isHidden();
        camilla.locator("#organisation-merge-button").click();
        assertHasFocus(cancel);
        camilla.keyboard().press("Escape");
        assertThat(cancel).isHidden();
        assertThat(camilla.locator("#main-content h1")).hasText("Digitalisering i Aalborg " + run);
        signedIn.anonymous();
        org.assertj.core.api.Assertions.assertThat(organisations.find(duplicate).orElseThrow().id())
                .as("not merged after cancelling").isEqualTo(duplicate);
        signedIn.clear();
        camilla.locator("#organisation-merge-button").click();
        assertHasFocus(cancel);
        // The dialog's own button, after the page's (which the open dialog hides from the accessibility tree).
        camilla.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Slå sammen").setExact(true)).last()
                .click();
        assertThat(camilla.locator("#main-content h1")).hasText(name);
        assertThat(camilla.locator("#organisation-stewardship-status")).hasText("Organisationerne er slået sammen.");

        camilla.locator("#organisation-mark").click();
        assertThat(camilla.locator("#organisation-innovation-unit")).hasText("Innovationsenhed");
        assertThat(camilla.locator("#organisation-stewardship-status"))
                .hasText("Organisationen er markeret som innovationsenhed.");
        open(camilla, duplicatePath);
        assertThat(camilla.locator("#main-content h1")).hasText(name);

        // Undone from the kept organisation's page, with a reason: the duplicate is itself again.
        assertThat(camilla.locator("#organisation-undo-duplicate")).containsText("Digitalisering i Aalborg " + run);
        camilla.locator("#organisation-undo-button").click();
        assertThat(camilla.locator("#organisation-undo-reason")).hasAttribute("invalid", "");
        camilla.locator("#organisation-undo-reason input").fill("Det var to enheder");
        camilla.locator("#organisation-undo-button").click();
        assertThat(camilla.locator("#organisation-stewardship-status")).hasText("Sammenlægningen er fortrudt.");
        assertThat(camilla.locator("#organisation-undo-button")).hasCount(0);
        open(camilla, duplicatePath);
        assertThat(camilla.locator("#main-content h1")).hasText("Digitalisering i Aalborg " + run);
    }

    @Test
    void staffCorrectAUnitsNameAndTheMunicipalityItLiesIn() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        signedIn.newPerson("Ulla Enhed", Role.EMPLOYEE);
        OrganisationId star = organisations.search("Styrelsen for Arbejdsmarked og Rekruttering").getFirst().id();
        OrganisationId unit = organisations.addUnit(new NewUnit("Kontoret i Ålborg " + run, star, 851));
        String path = organisations.find(unit).orElseThrow().path();
        signedIn.clear();

        Page camilla = signedIn("coi@demo.coi.dk", "demo");
        open(camilla, path);
        assertThat(camilla.locator("#organisation-amend-name input")).hasValue("Kontoret i Ålborg " + run);
        camilla.locator("#organisation-amend-name input").fill(" ");
        camilla.locator("#organisation-amend-button").click();
        assertThat(camilla.locator("#organisation-amend-name")).hasAttribute("invalid", "");
        camilla.locator("#organisation-amend-name input").fill("Kontoret i Aarhus " + run);
        camilla.locator("#organisation-amend-municipality input").fill("Aarhus");
        camilla.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Aarhus Kommune")).first()
                .click();
        camilla.locator("#organisation-amend-reason textarea, #organisation-amend-reason input").first()
                .fill("Kontoret er flyttet");
        camilla.locator("#organisation-amend-button").click();
        assertThat(camilla.locator("#organisation-stewardship-status")).containsText("Rettelsen er gemt.");
        assertThat(camilla.locator("#main-content h1")).hasText("Kontoret i Aarhus " + run);
        assertThat(camilla.locator("#organisation-region")).hasText("Region Midtjylland");
        // Saving what stands changes nothing, and says so.
        camilla.locator("#organisation-amend-button").click();
        assertThat(camilla.locator("#organisation-stewardship-status")).containsText("Der var intet at rette");
    }

    @Test
    void theFormForANewUnitIsOneColumnAtDesktopAndPhoneWidths() {
        for (int width : new int[] {1280, 360}) {
            Page page = visitor(width, 900);
            signIn(page, "medarbejder@demo.coi.dk", "demo");
            // On a phone the name is in the closed menu, so it is there but not visible.
            page.locator("#drawer-current-person").waitFor(new Locator.WaitForOptions()
                    .setState(WaitForSelectorState.ATTACHED));
            open(page, OrganisationRoutes.NEW_UNIT);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target/screenshots/organisation-new-" + width + ".png")));
            List<String> column = List.of("#organisation-new-parent", "#organisation-new-name",
                    "#organisation-new-municipality", "#organisation-new-button");
            double left = box(page, column.getFirst(), "left");
            double width0 = box(page, column.getFirst(), "width");
            for (int i = 1; i < column.size(); i++) {
                org.assertj.core.api.Assertions.assertThat(box(page, column.get(i), "top"))
                        .as("%s under %s at %d px", column.get(i), column.get(i - 1), width)
                        .isGreaterThanOrEqualTo(box(page, column.get(i - 1), "bottom"));
                org.assertj.core.api.Assertions.assertThat(box(page, column.get(i), "left"))
                        .as("%s in the column at %d px", column.get(i), width).isCloseTo(left,
                                org.assertj.core.data.Offset.offset(1.0));
            }
            org.assertj.core.api.Assertions.assertThat(box(page, "#organisation-new-municipality", "width"))
                    .as("fields of one width at %d px", width).isCloseTo(width0, org.assertj.core.data.Offset.offset(1.0));
            // A comfortable line at 1280 px (the portal's narrow forms: 40rem), the phone's width less its margins.
            org.assertj.core.api.Assertions.assertThat(width0).isLessThanOrEqualTo(Math.min(640, width));
            org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate(
                    "document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(width);
        }
    }

    private static double box(Page page, String selector, String side) {
        return ((Number) page.locator(selector).evaluate("element => element.getBoundingClientRect()." + side))
                .doubleValue();
    }

    @Test
    void theListOfOrganisationsIsInTheMenuAndKeepsItsSearchInTheAddress() {
        Page page = visitor(1280, 900);
        signInAndWait(page, "medarbejder@demo.coi.dk", "demo");
        open(page, "");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisationer").setExact(true)).first()
                .click();
        assertThat(page.locator("#main-content h1")).hasText("Organisationer");
        assertThat(page.locator("#organisations-count")).containsText("organisationer");
        page.locator("#organisations-text input").fill("aarhus");
        page.locator("#organisations-kind").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Kommuner")).click();
        page.locator("#organisations-show").click();
        page.waitForURL("**/organisationer?q=aarhus&type=kommune");
        assertThat(page.locator("#organisations-count")).hasText("1 organisation");
        assertThat(page.locator("#organisations li")).hasCount(1);
        assertThat(page.locator("#organisations li")).containsText("Aarhus Kommune");
        assertThat(page.locator("#organisations li")).containsText("Region Midtjylland");

        open(page, "organisationer?q=jobcenter&type=enhed&region=1084");
        assertThat(page.locator("#organisations-text input")).hasValue("jobcenter");
        assertThat(page.locator("#organisations li").first()).containsText("Enhed under");
        page.locator("#organisations li a").filter(new Locator.FilterOptions().setHasText("Jobcenter København")).click();
        assertThat(page.locator("#organisation-kind")).hasText("Enhed under Københavns Kommune");
    }

    /**
     * A reader sees Denmark's outline and Aalborg's marker, opens its card by keyboard (Enter; Escape closes it from
     * its link and goes back to the marker; Space opens it again) and follows the unit's link;
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
        assertThat(card.locator("a").first()).isFocused();
        reader.keyboard().press("Escape");
        assertThat(card).hasCount(0);
        assertThat(marker).isFocused();
        marker.press(" ");
        assertThat(card.locator("a").first()).isFocused();
        assertThat(card).containsText("Aalborg Kommune");
        assertThat(reader.locator("#innovation-units a", new Page.LocatorOptions().setHasText(name)))
                .hasAttribute("href", "/" + path);
        assertThat(reader.locator("#innovation-units")).containsText("Aalborg Kommune: ");
        // Followed from the keyboard: a click's point is taken where the card is, and the map may still be panning the
        // card into view (a click then missed the link on a loaded machine).
        card.locator("a", new Locator.LocatorOptions().setHasText(name)).press("Enter");
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
        // The skip link leads past the map to the list, also in the Vaadin view, where the router once took it.
        Locator skip = phone.locator(".portal-map-skip");
        skip.focus();
        skip.press("Enter");
        // The browser's jump to the list is done when the address names it; Tab goes on from there.
        phone.waitForFunction("() => location.hash === '#innovation-units'");
        assertThat(phone.locator("#innovation-units-heading")).isInViewport();
        phone.keyboard().press("Tab");
        org.assertj.core.api.Assertions.assertThat(phone.evaluate(
                        "() => document.activeElement.closest('#innovation-units') !== null"))
                .as("Tab after skipping, focus on %s", phone.evaluate(
                        "() => document.activeElement.outerHTML.slice(0, 160)")).isEqualTo(true);

        // Only the portal's own addresses become links on a card: "/\\host" is another host to a browser.
        phone.locator("#innovation-units-map").evaluate("map => map.dataset.places = JSON.stringify([{lat: 56,"
                + " lon: 10, name: 'Prøve', summary: 'Prøvested', count: 2, markers: [{label: 'Ude', href:"
                + " '/\\\\evil.example/'}, {label: 'Hjemme', href: '/organisationer'}]}])");
        Locator test = phone.locator("#innovation-units-map .portal-map-marker[aria-label='Prøvested']");
        test.focus();
        test.press("Enter");
        Locator testCard = phone.locator("#innovation-units-map .portal-map-card");
        assertThat(testCard.locator("a")).hasCount(1);
        assertThat(testCard.locator("a")).hasAttribute("href", "/organisationer");
        assertThat(testCard.locator("span", new Locator.LocatorOptions().setHasText("Ude"))).hasCount(1);
    }
}
