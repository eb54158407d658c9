package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.open;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.Role;
import dk.coi.portal.ideastorm.IdeaCarriedOn;
import dk.coi.portal.ideastorm.IdeaDraft;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaService;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.landscape.IdeaCaseDrafts;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestCaseDrafts;
import dk.coi.portal.support.TestClock;
import dk.coi.portal.support.TestStorms;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff's review screen in a browser: an idea carried on in a storm waits there, its "Opret case-kladde" opens the
 * case form started from the idea (naming a contact of the idea's organisation), the saved draft stays listed there
 * until it is submitted, and the draft and the idea's page name each other; a published case its
 * editor changed is listed under "Ændret efter udgivelse", its changes open side by side, and marking it seen takes
 * it off the list.
 */
@PortalTest
class LandscapeReviewBrowserTest extends BrowserTestSupport {

    @Autowired
    CaseService cases;
    @Autowired
    OrganisationService organisations;
    @Autowired
    IdeaService ideas;
    @Autowired
    IdeaCaseDrafts drafts;
    @Autowired
    TestStorms testStorms;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.clear();
    }

    private static void choose(Page page, String select, String item) {
        page.locator(select).click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(item)).first().click();
    }

    @Test
    void staffMakeACaseDraftOfAWaitingIdeaAndTheCaseAndTheIdeaNameEachOther() {
        // Signed in before the test clock moves: sign-in throttling keeps its times by that clock.
        Page camilla = signedIn("coi@demo.coi.dk", "demo");
        String title = "Fælles praktikkalender " + UUID.randomUUID().toString().substring(0, 6);
        StormId storm = testStorms.storm("Idéer til landskabet").start();
        signedIn.newPerson("Ida Idé", Role.CITIZEN);
        IdeaId idea = ideas.submit(storm, new IdeaDraft(title, "Én kalender, som alle jobcentre kan se.", null));
        long staff = signedIn.newPerson("Sune Staff", Role.COI_STAFF);
        String ideaPath = ideas.idea(storm, idea).orElseThrow().path();
        transaction.executeWithoutResult(status -> events.publishEvent(new IdeaCarriedOn(idea, storm, title,
                "Prøves i tre jobcentre.", PersonId.of(staff), clock.instant())));
        // The offer is stored after the event's commit; polled on this thread, signed in as staff.
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> drafts.waiting().stream()
                .anyMatch(waiting -> waiting.idea().equals(idea)));
        signedIn.clear();

        open(camilla, "landskab/gennemsyn");
        assertThat(camilla.locator("#case-ideas")).containsText(title);
        camilla.locator("#case-from-idea-" + idea.value()).click();
        camilla.waitForURL(Pattern.compile(".*/landskab/fra-ide/" + idea.value()));
        assertThat(camilla.locator("#case-from-idea")).containsText(title);
        assertThat(camilla.locator("#case-title input")).hasValue(title);
        choose(camilla, "#case-sector", "Beskæftigelse");
        camilla.locator("#case-year input").fill("2025");
        choose(camilla, "#case-stage", "Idé");
        choose(camilla, "#case-type", "Proces");
        choose(camilla, "#case-novelty", "Første af sin slags");
        // An idea just carried on has not been evaluated: the form says so without being told.
        assertThat(camilla.locator("#case-evidence vaadin-select-value-button")).containsText("Ikke evalueret");
        // Staff name a contact of the idea's organisation (Københavns Kommune), found by name, not themselves.
        assertThat(camilla.locator("#case-contact-me input")).not().isChecked();
        camilla.locator("#case-contact-other input").pressSequentially("Kasper");
        camilla.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Kasper København")).first()
                .click();
        camilla.locator("#case-save").click();
        camilla.waitForURL(Pattern.compile(".*/landskab/\\d+/rediger.*"));
        String caseId = camilla.url().replaceAll(".*/landskab/(\\d+)/rediger.*", "$1");
        assertThat(camilla.locator("#case-contact-other input")).hasValue("Kasper København (Jobcenter København)");
        // Saved, the draft stays on staff's screen until it is submitted (it was in no list at all).
        open(camilla, "landskab/gennemsyn");
        assertThat(camilla.locator("#case-idea-drafts")).containsText(title);
        assertThat(camilla.locator("#case-idea-drafts")).containsText("Kladde");
        camilla.locator("#case-idea-draft-edit-" + caseId).click();
        camilla.waitForURL(Pattern.compile(".*/landskab/" + caseId + "/rediger.*"));
        // The idea's action, opened again, leads to the case made of it (it was "page not found").
        open(camilla, "landskab/fra-ide/" + idea.value());
        assertThat(camilla.locator("#case-status")).hasText("Der er allerede lavet en case af idéen. Her er den.");
        assertThat(camilla.locator("#case-title input")).hasValue(title);

        open(camilla, "landskab/" + caseId);
        assertThat(camilla.locator("#case-origin")).hasText("Fra idéen " + title
                + " i idéstormen »Idéer til landskabet«");
        open(camilla, ideaPath);
        assertThat(camilla.locator(".portal-idea-carried-on")).hasText("Videreført som case: " + title);
        camilla.locator(".portal-idea-carried-on a").click();
        camilla.waitForURL(Pattern.compile(".*/landskab/" + caseId + "(-.*)?$"));
    }

    @Test
    void staffSeeAnEditorsChangeOfAPublishedCaseWithItsDiffAndMarkItSeen() {
        Page camilla = signedIn("coi@demo.coi.dk", "demo");
        String title = "Patruljeret case " + UUID.randomUUID().toString().substring(0, 6);
        OrganisationId aarhus = organisations.municipalities().stream().filter(found -> found.code() == 751)
                .findFirst().orElseThrow().id();
        var owner = signedIn.signUpEmployee("Olga Ejer");
        signedIn.as(owner, Role.EMPLOYEE);
        CaseId id = cases.register(TestCaseDrafts.draft(title, "Borgerne booker selv samtaler.", aarhus));
        cases.submit(id);
        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        cases.publish(id, cases.screen(id).orElseThrow().version());
        signedIn.as(owner, Role.EMPLOYEE);
        cases.edit(id, TestCaseDrafts.draft(title, "Borgerne booker selv samtaler, også om aftenen.", aarhus),
                cases.screen(id).orElseThrow().version());
        signedIn.clear();

        open(camilla, "landskab/gennemsyn");
        assertThat(camilla.locator("#case-changed-heading")).hasText("Ændret efter udgivelse");
        assertThat(camilla.locator("#case-changed-list")).containsText(title);
        camilla.locator("#case-changes-" + id.value()).click();
        assertThat(camilla.locator("#case-diff")).containsText("også om aftenen");
        camilla.goBack();
        camilla.locator("#case-seen-" + id.value()).click();
        assertThat(camilla.locator("#case-review-status")).hasText("Ændringerne er markeret som set.");
        assertThat(camilla.locator("#main-content")).not().containsText(title);
    }
}
