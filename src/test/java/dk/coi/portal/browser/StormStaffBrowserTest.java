package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.open;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.coi.portal.identity.Role;
import dk.coi.portal.ideastorm.Audience;
import dk.coi.portal.ideastorm.NewStorm;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.ideastorm.StormService;
import dk.coi.portal.ideastorm.StormTemplate;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestClock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * COI staff run a storm through the real screens: start one from the KLK template (refused at the field while its
 * title is missing, nothing stored), land on its page, then on its staff screen edit its texts and move it to
 * another phase with a reason, which the phase log and the storm's page show; the new storm is a draft readers cannot
 * find until staff publish it, and an empty draft can be deleted after a question.
 */
@PortalTest
class StormStaffBrowserTest extends BrowserTestSupport {

    @Autowired
    StormService storms;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestClock clock;

    private static Page.LocatorOptions text(String text) {
        return new Page.LocatorOptions().setHasText(text);
    }

    @Test
    void staffStartAStormEditItAndMoveItToAnotherPhaseWithAReason() {
        Page staff = signedIn("coi@demo.coi.dk", "demo");
        open(staff, "idestorme");
        staff.locator("#storms-new").click();
        assertThat(staff).hasURL(Pattern.compile("/idestorme/ny$"));
        assertThat(staff.locator("#main-content h1")).hasText("Ny idéstorm");

        // The template's phases are listed with what happens in each and when each ends.
        staff.locator("#storm-template vaadin-radio-button", text("KLK-forløb")).click();
        Locator phases = staff.locator("#storm-new-phases > li");
        assertThat(phases).hasCount(7);
        assertThat(phases.nth(1)).containsText("Tematisering");
        assertThat(phases.nth(1)).containsText("Arrangørerne samler behov og observationer i temaer. Deltagerne kan kommentere.");
        assertThat(staff.locator("#storm-phase-end-6")).isVisible();

        staff.locator("#storm-question-field textarea").fill("Hvordan kan ældre klare flere ansøgninger selv?");
        staff.locator("#storm-description-editor-source textarea").fill("Vi vil gerne høre **jeres** erfaringer.");
        staff.locator("#storm-owner input").fill("Odense Kommune");
        staff.locator("#storm-save").click();
        assertThat(staff.locator("#storm-title")).hasAttribute("invalid", "");
        assertThat(staff.locator("#storm-title")).containsText("Skriv en titel.");
        assertThat(staff.locator("#storm-new-status")).hasText("Skriv en titel.");
        assertThat(staff).hasURL(Pattern.compile("/idestorme/ny$"));
        AccessibilityTest.assertNoViolations(staff, "the new storm form saying what is missing");

        staff.locator("#storm-title input").fill("Færre skemaer til ældre");
        staff.locator("#storm-save").click();
        staff.waitForURL(Pattern.compile(".*/idestorme/\\d+-faerre-skemaer-til-aeldre$"));
        assertThat(staff.locator("#main-content h1")).hasText("Færre skemaer til ældre");
        assertThat(staff.locator("#storm-time-left")).containsText("Idéstormen er ikke startet endnu.");
        assertThat(staff.locator("#storm-time-left time")).hasAttribute("datetime",
                Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT09:00:00\\+0[12]:00$"));
        assertThat(staff.locator("#storm-description strong")).hasText("jeres");
        assertThat(staff.locator("#storm-draft")).containsText("Kladde");
        String stormAddress = staff.url();

        // A draft: readers find nothing at its address until staff publish it.
        Page reader = visitor(1280, 900);
        open(reader, stormAddress);
        assertThat(reader.locator("#main-content h1")).hasText("Siden findes ikke");
        staff.bringToFront();

        staff.locator("#storm-manage").click();
        staff.waitForURL(stormAddress + "/styring");
        assertThat(staff.locator("#storm-draft")).containsText("Kladde");
        // Publishing asks first, with the safe answer focused: Enter keeps the draft.
        staff.locator("#storm-publish").click();
        assertThat(staff.locator("#storm-publish-dialog-keep")).isFocused();
        staff.keyboard().press("Enter");
        assertThat(staff.locator("#storm-publish-dialog-do")).hasCount(0);
        assertThat(staff.locator("#storm-draft")).containsText("Kladde");
        staff.locator("#storm-publish").click();
        staff.locator("#storm-publish-dialog-do").click();
        assertThat(staff.locator("#storm-publish-status")).hasText("Idéstormen er offentliggjort. Alle kan nu se den.");
        assertThat(staff.locator("#storm-draft")).hasCount(0);
        open(reader, stormAddress);
        assertThat(reader.locator("#main-content h1")).hasText("Færre skemaer til ældre");
        staff.bringToFront();

        assertThat(staff.locator("#storm-title input")).hasValue("Færre skemaer til ældre");
        assertThat(staff.locator("#storm-log")).containsText("Idéstormen har ikke skiftet fase endnu.");
        staff.locator("#storm-question-field textarea").fill("Hvordan kan ældre klare flere ansøgninger på egen hånd?");
        staff.locator("#storm-save-texts").click();
        assertThat(staff.locator("#storm-texts-status")).hasText("Teksterne er gemt.");

        // A move without a reason is refused at the reason field.
        staff.locator("#storm-move-phase").click();
        staff.locator("vaadin-select-item", text("Tematisering")).click();
        staff.locator("#storm-move-button").click();
        assertThat(staff.locator("#storm-move-reason")).hasAttribute("invalid", "");
        staff.locator("#storm-move-reason input").fill("Behovene kender vi fra sidste år");
        staff.locator("#storm-move-button").click();
        assertThat(staff.locator("#storm-move-status")).hasText("Idéstormen er flyttet til fasen »Tematisering«.");
        Locator log = staff.locator("#storm-log-lines > li");
        assertThat(log).hasCount(1);
        assertThat(log.first()).containsText("idéstormen begyndte med »Tematisering«, Camilla COI");
        assertThat(log.first()).containsText("Begrundelse: Behovene kender vi fra sidste år");
        AccessibilityTest.assertNoViolations(staff, "the storm's staff screen");

        staff.locator("#storm-manage-back").click();
        assertThat(staff.locator("#storm-question")).hasText("Hvordan kan ældre klare flere ansøgninger på egen hånd?");
        assertThat(staff.locator("#storm-current-phase")).hasText("Tematisering");
        assertThat(staff.locator("#storm-phases > li").nth(1)).hasAttribute("aria-current", "step");
        assertThat(staff.locator("#storm-time-left")).containsText("Fasen »Tematisering« slutter om");
        assertThat(staff.locator("#storm-time-left")).containsText("(dansk tid)");
    }

    /**
     * Staff delete a draft nobody has taken part in, after saying yes in a dialog whose focused answer keeps it
     * (Escape and "keep" first); it is gone from the list and its address.
     */
    @Test
    void staffDeleteAnEmptyDraftAfterAQuestion() {
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        String title = "Kladde der slettes " + System.nanoTime() % 100_000;
        StormId draft = storms.create(new NewStorm(title, "Hvad?", "", "COI", Audience.SIGNED_IN, null,
                StormTemplate.SIMPLE, clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS),
                List.of(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1))));
        signedIn.clear();
        Page staff = signedIn("coi@demo.coi.dk", "demo");
        open(staff, "idestorme");
        assertThat(staff.locator("#storms-drafts")).containsText(title);
        open(staff, StormRoutes.management(draft, title));
        staff.locator("#storm-delete").click();
        assertThat(staff.locator("#storm-delete-dialog-keep")).isFocused();
        assertThat(staff.locator("#storm-delete-dialog-do")).hasAttribute("theme", Pattern.compile("error"));
        staff.keyboard().press("Escape");
        assertThat(staff.locator("#storm-delete-dialog-do")).hasCount(0);
        staff.locator("#storm-delete").click();
        staff.locator("#storm-delete-dialog vaadin-button", text("Behold idéstormen")).click();
        assertThat(staff.locator("#storm-delete-dialog-do")).hasCount(0);
        staff.locator("#storm-delete").click();
        staff.locator("#storm-delete-dialog-do").click();
        staff.waitForURL(Pattern.compile(".*/idestorme$"));
        assertThat(staff.locator("#main-content")).not().containsText(title);
        open(staff, StormRoutes.management(draft, title));
        assertThat(staff.locator("#main-content h1")).hasText("Siden findes ikke");
    }

    @Test
    void theNewStormScreenAndItsLinkAreForStaffOnly() {
        Page employee = signedIn("medarbejder@demo.coi.dk", "demo");
        open(employee, "idestorme");
        assertThat(employee.locator("#storms-open")).isVisible();
        assertThat(employee.locator("#storms-new")).hasCount(0);
        open(employee, "idestorme/1-unge-ledige-til-samtalen-i-jobcentret");
        assertThat(employee.locator("#storm-time-left")).isVisible();
        assertThat(employee.locator("#storm-manage")).hasCount(0);
    }
}
