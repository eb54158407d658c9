package dk.coi.portal.browser;

import static dk.coi.portal.browser.PortalPages.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import dk.coi.portal.identity.Role;
import dk.coi.portal.organisation.NewUnit;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationRoutes;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationStewardship;
import dk.coi.portal.organisation.OrganisationSummary;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core over every route, as an anonymous visitor and as an administrator, in Danish and English:
 * no WCAG 2.1 A/AA violation, and no text missing from the translations (Vaadin shows "!{key}!"); the public pages
 * narrowed to a phone's 360 px, in both languages, do not scroll sideways.
 */
@PortalTest
class AccessibilityTest extends BrowserTestSupport {

    @Autowired
    OrganisationService organisations;
    @Autowired
    OrganisationStewardship stewardship;
    @Autowired
    SignedIn signedIn;

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> PUBLIC_ROUTES = List.of("", "wiki", "idestorme", "landskab", "historier",
            "praktik", "sog", "sog?q=innovationer", "wiki/De_syv_principper", "wiki/KLK's_fire_faser/historik",
            "wiki/KLK's_fire_faser",
            "wiki/Findes_ikke",
            // Demo revisions 4 and 5 are the two edits of "De syv principper" on the fresh test database.
            "wiki/De_syv_principper/forskel?fra=4&til=5", "wiki/De_syv_principper/forskel?fra=4&til=5&visning=samlet",
            "wiki/De_syv_principper/version/4", "wiki/seneste-aendringer", "wiki/seneste-aendringer?dage=30&mindre=skjul",
            "wiki/bidrag/2", "wiki/Kategori:Metoder", "wiki/De_syv_principper/links", "wiki/log",
            "wiki/De_syv_principper/diskussion", "wiki/De_syv_principper/forskel?til=5", "login", "login?error",
            "login?expired", "opret-konto", "tilgaengelighed", "privatliv", "nyheder/1", "nyheder", "sog?q=innovationer&side=50",
            "findes-ikke",
            // The demo storms are the first three on the fresh test database: an open one and a KLK-forløb.
            "idestorme/1-unge-ledige-til-samtalen-i-jobcentret", "idestorme/2-bedre-overgange-fra-sygedagpenge-til-job",
            // The first demo idea, in the open storm; the concluded storm (3) lists ideas without a form.
            "idestorme/1-unge-ledige-til-samtalen-i-jobcentret/ideer/1-sms-dagen-foer-og-igen-en-time-foer",
            "idestorme/3-faerre-breve-i-e-boks", "idestorme/1-unge-ledige-til-samtalen-i-jobcentret?orden=nyeste&side=1",
            "idestorme/3-faerre-breve-i-e-boks/resultater",
            // The concluded storm's receipt idea: answered and carried on in the demo evaluation.
            "idestorme/3-faerre-breve-i-e-boks/ideer/6-kvittering-for-ansoegning-som-kort-besked",
            // The register's list, searched and filtered, and past its last page; its pages are found by name below.
            "organisationer", "organisationer?q=aarhus&type=kommune&region=1082",
            "organisationer?type=region&side=3", "organisationer/innovationsenheder",
            // The demo cases: STAR's profiling (1) and Copenhagen's SMS/app pilot (2), both published.
            "landskab/1-profilering-af-ledige-med-risiko-for-langtidsledighed",
            "landskab/2-sms-og-app-til-unge-ledige-i-ungecenteret",
            // The catalogue searched and filtered (facets open, chips, the map of the search), and an address with
            // an unknown filter past the last page.
            "landskab?q=ledige&sektor=employment&fase=pilot&kommune=101", "landskab?farve=bl%C3%A5&side=9",
            // Spreading: the overview, and the demo chain KLK (6) → Aarhus (7) → Odense (8) seen from its middle.
            "landskab/spredning", "landskab/7-brugerdreven-innovation-i-jobcenter-aarhus", "landskab/2/historik",
            // The open data: the dataset, its downloads and the API documented from its OpenAPI document.
            "aabne-data");
    /** The routes above that are meant to show the "not found" page. */
    private static final Set<String> NOT_FOUND_ROUTES = Set.of("findes-ikke");
    private static final List<String> SIGNED_IN_ROUTES = List.of("", "min-side", "admin", "admin/soegeindeks",
            "moderation", "opret-konto", "wiki", "wiki/Hvad_er_offentlig_innovation%3F/rediger", "wiki/De_syv_principper/flyt",
            "wiki/De_syv_principper/forvalt", "wiki/gennemsyn", "wiki/seneste-aendringer?upatruljeret=ja",
            "wiki/KLK's_fire_faser/historik", "wiki/log", "wiki/overvaagning", "notifikationer", "wiki/De_syv_principper/diskussion",
            "wiki/Hvad_er_offentlig_innovation%3F", "wiki/id/1", "nyheder", "wiki/KLK's_fire_faser",
            "idestorme", "idestorme/1-unge-ledige-til-samtalen-i-jobcentret", "idestorme/ny", "idestorme/foelger",
            "idestorme/2-bedre-overgange-fra-sygedagpenge-til-job/styring",
            "idestorme/1-unge-ledige-til-samtalen-i-jobcentret/ideer/1-sms-dagen-foer-og-igen-en-time-foer",
            "idestorme/1-unge-ledige-til-samtalen-i-jobcentret/ideer/1-sms-dagen-foer-og-igen-en-time-foer/historik",
            "idestorme/3-faerre-breve-i-e-boks", "idestorme/3-faerre-breve-i-e-boks/resultater",
            "idestorme/1-unge-ledige-til-samtalen-i-jobcentret/resultater",
            "idestorme/3-faerre-breve-i-e-boks/vurdering",
            "idestorme/3-faerre-breve-i-e-boks/ideer/6-kvittering-for-ansoegning-som-kort-besked",
            "organisationer", "organisationer?q=aarhus&type=kommune&region=1082", "organisationer/innovationsenheder",
            "landskab", "landskab/ny", "landskab/2-sms-og-app-til-unge-ledige-i-ungecenteret", "landskab/2/rediger",
            "landskab/2/historik", "landskab/gennemsyn", "landskab/mine", "landskab/ikke-ajour",
            "landskab?q=ledige&sektor=employment&fase=pilot&kommune=101",
            // The case form from the demo's idea carried on (the e-Boks storm's receipt idea).
            "landskab/fra-ide/6",
            "landskab/spredning", "landskab/7-brugerdreven-innovation-i-jobcenter-aarhus", "landskab/2/genbrug",
            "landskab/2/kontakt", "landskab/henvendelser", "aabne-data");

    /**
     * The register's pages, found by name rather than by ids that depend on the order of the reference data: a
     * municipality (with its region and units), a unit (its kind, level and parent), and the form for a new unit.
     */
    private List<String> organisationPages(boolean signedInPerson) {
        signedIn.anonymous();
        try {
            OrganisationSummary copenhagen = named("Københavns Kommune");
            List<String> pages = new ArrayList<>(List.of(copenhagen.path(), named("Jobcenter København").path(),
                    named("Aarhus Kommune").path()));
            if (signedInPerson) {
                pages.add(OrganisationRoutes.newUnitUnder(copenhagen.id()));
            }
            return pages;
        } finally {
            signedIn.clear();
        }
    }

    private OrganisationSummary named(String name) {
        return organisations.search(name).stream().filter(found -> found.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private List<String> publicRoutes() {
        List<String> routes = new ArrayList<>(PUBLIC_ROUTES);
        routes.addAll(organisationPages(false));
        return routes;
    }


    @Test
    void publicPagesHaveNoViolationsOnDesktopAndPhone() {
        // One visit per route: axe checks it at the desktop width, then again narrowed to a phone's (the layout
        // follows the width by CSS media queries and the app layout's resize listener, so a narrowed window is laid
        // out as a phone's).
        Page page = visitor(1280, 900);
        for (String route : publicRoutes()) {
            page.setViewportSize(1280, 900);
            check(page, route);
            narrowToPhone(page);
            assertFitsThePhone(page, route);
            assertNoViolations(page, "/" + route);
        }
    }

    /** The map of innovation units with a unit's card open, on a desktop and a phone, as a reader and signed in. */
    @Test
    void theMapWithAnOpenCardHasNoViolations() {
        signedIn.newPerson("Mads Medarbejder", Role.EMPLOYEE);
        OrganisationId odense = organisations.municipalities().stream().filter(found -> found.code() == 461)
                .findFirst().orElseThrow().id();
        OrganisationId unit = organisations.addUnit(new NewUnit("Velfærdsinnovation " + UUID.randomUUID()
                .toString().substring(0, 6), odense, null));
        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        stewardship.markInnovationUnit(unit, true);
        signedIn.clear();
        Page signedInPage = visitor(1280, 900);
        PortalPages.signInAndWait(signedInPage, "admin@demo.coi.dk", "demo");
        for (Page page : List.of(visitor(1280, 900), visitor(360, 900), signedInPage)) {
            open(page, OrganisationRoutes.INNOVATION_UNITS);
            page.locator("#innovation-units-map .portal-map-marker[aria-label^='Odense Kommune:']").press("Enter");
            page.locator("#innovation-units-map .portal-map-card a").first().waitFor();
            assertNoViolations(page, "/" + OrganisationRoutes.INNOVATION_UNITS + " with a card open");
        }
    }

    @Test
    void signedInPagesHaveNoViolations() {
        Page page = visitor(1280, 900);
        PortalPages.signInAndWait(page, "admin@demo.coi.dk", "demo");
        List<String> routes = new ArrayList<>(SIGNED_IN_ROUTES);
        routes.addAll(organisationPages(true));
        for (String route : routes) {
            check(page, route);
        }
    }

    @Test
    void englishPagesHaveNoViolationsAndNoMissingTexts() {
        Page page = visitor(1280, 900);
        open(page, "");
        page.locator("#language-switch").click();
        page.locator("html[lang='en']").waitFor();
        for (String route : publicRoutes()) {
            page.setViewportSize(1280, 900);
            check(page, route);
            // English words are other lengths than the Danish: the page must fit a phone in both.
            narrowToPhone(page);
            assertFitsThePhone(page, route);
        }
    }

    /**
     * Narrows the window to a phone's width and waits until the page has followed: the resize event and the
     * resize observers have run (two animation frames), and the Vaadin screens' app layout shows its drawer as an
     * overlay, as it does when a phone opens the page.
     */
    static void narrowToPhone(Page page) {
        page.setViewportSize(360, 900);
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        page.waitForFunction("() => [...document.querySelectorAll('vaadin-app-layout')].every(layout => layout.overlay)");
    }

    /** The page does not scroll sideways at a phone's width (WCAG 1.4.10 Reflow). */
    private static void assertFitsThePhone(Page page, String route) {
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("scroll width of /%s at 360 px", route).isLessThanOrEqualTo(360);
    }

    private static void check(Page page, String route) {
        open(page, route);
        if (page.locator("portal-denmark-map").count() > 0) {
            // The map draws itself after the page: check it drawn, outline and markers.
            page.locator("portal-denmark-map .leaflet-overlay-pane path").waitFor();
        }
        String text = page.locator("body").innerText();
        assertThat(text).as("untranslated text on /%s", route).doesNotContain("!{");
        if (!NOT_FOUND_ROUTES.contains(route)) {
            // A route named by demo ids must still find its page, or axe would check the "not found" page instead.
            assertThat(page.locator("h1").first().innerText()).as("/%s", route)
                    .isNotIn("Siden findes ikke", "Page not found");
        }
        assertNoViolations(page, "/" + route);
    }

    /**
     * Axe finds no WCAG 2.1 AA violation on the page as it is now (also in a state reached by clicking). A page
     * without frames is checked by one {@code axe.run} in the page itself (axe's "legacy" mode), which finds the
     * same as its frame-by-frame mode without opening a fresh browser context and injecting axe three times.
     */
    static void assertNoViolations(Page page, String where) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA)
                .setLegacyMode(page.frames().size() == 1).analyze();
        assertThat(results.getViolations()).as("axe violations on %s at %s px:%n%s", where,
                page.viewportSize().width, describe(results.getViolations())).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " → " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()) + " " + node.getFailureSummary())
                        .collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n"));
    }
}
