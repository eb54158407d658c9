package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.open;
import static dk.coi.portal.browser.PortalPages.signInAndWait;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.coi.portal.identity.Role;
import dk.coi.portal.identity.SystemIdentity;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A storm's results in a browser: a reader gets the server-rendered page, where uPlot draws the participation table
 * as a chart (one image with a summary to screen readers) above the table, which stays; on a 360 px phone nothing
 * sticks out. Staff get the Vaadin view at the same address with the same chart, a preview of results not yet
 * published, and on the storm's staff screen who published them or when they may.
 */
@PortalTest
class StormResultsBrowserTest extends BrowserTestSupport {

    private static final String CONCLUDED = "idestorme/3-faerre-breve-i-e-boks";
    private static final String OPEN = "idestorme/1-unge-ledige-til-samtalen-i-jobcentret";
    private static final int PHONE_WIDTH = 360;
    private static final Duration HOUR = Duration.ofHours(1);

    @Autowired
    StormService storms;
    @Autowired
    SignedIn signedIn;
    @Autowired
    SystemIdentity system;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.clear();
    }

    @Test
    void staffPublishTheResultsFromTheStaffScreenAndReadersFindThemThen() {
        Page staff = visitor(1280, 900);
        // Signed in before the clock moves: sign-in throttling reads the same clock.
        signInAndWait(staff, "coi@demo.coi.dk", "demo");
        Instant start = clock.instant().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);
        String title = "Offentlige resultater " + start.getEpochSecond() % 100_000;
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        StormId id = storms.create(new NewStorm(title, "Hvad fandt vi?", "", "COI", Audience.SIGNED_IN, null,
                StormTemplate.SIMPLE, start, List.of(HOUR, HOUR.multipliedBy(48), HOUR.multipliedBy(48))));
        storms.publish(id);
        signedIn.clear();
        clock.advance(Duration.between(clock.instant(), start).plus(HOUR));
        system.call("test", storms::advanceDuePhases);
        Page reader = visitor(1280, 900);
        open(reader, StormRoutes.results(id, title));
        assertThat(reader.locator("h1")).hasText("Siden findes ikke");

        open(staff, StormRoutes.management(id, title));
        assertThat(staff.locator("#storm-results")).containsText("Når resultaterne er offentliggjort");
        staff.locator("#storm-results-publish").click();

        assertThat(staff.locator("#storm-results-status")).containsText("Resultaterne er offentliggjort.");
        assertThat(staff.locator("#storm-results-publish")).hasCount(0);
        assertThat(staff.locator("#storm-results-published")).containsText("Camilla COI");
        open(reader, StormRoutes.storm(id, title));
        reader.locator("#storm-results-link a").click();
        assertThat(reader.locator("#main-content h1")).hasText("Resultater: " + title);
        assertThat(reader.locator("#results-published")).containsText("Offentliggjort");
    }

    @Test
    void aReaderSeesTheRankingAndTheParticipationChartDrawnAboveItsTable() {
        Page reader = visitor(1280, 900);
        open(reader, CONCLUDED);
        reader.locator("#storm-results-link a").click();
        assertThat(reader).hasURL(Pattern.compile("/" + CONCLUDED + "/resultater$"));
        assertThat(reader.locator("vaadin-app-layout")).hasCount(0);
        showsTheResultsWithTheChart(reader);
    }

    @Test
    void onAPhoneTheChartAndTableFitTheScreen() {
        Page phone = visitor(PHONE_WIDTH, 780);
        open(phone, CONCLUDED + "/resultater");
        Locator chart = phone.locator("#results-participation .portal-chart canvas");
        chart.waitFor();
        double right = ((Number) phone.evaluate("""
                () => Math.max(...[...document.querySelectorAll(
                    '#results-participation .portal-chart, #results-participation .portal-chart canvas, .portal-results-ideas li')]
                    .map(element => element.getBoundingClientRect().right))""")).doubleValue();
        assertThat(right).isLessThanOrEqualTo(PHONE_WIDTH);
        int scrollWidth = ((Number) phone.evaluate("document.documentElement.scrollWidth")).intValue();
        assertThat(scrollWidth).isLessThanOrEqualTo(PHONE_WIDTH);
        Locator table = phone.locator("#results-participation-table");
        assertThat(table.locator("tr.portal-results-quiet").first()).containsText("ingen aktivitet");
        double tableRight = ((Number) table.evaluate("table => table.getBoundingClientRect().right")).doubleValue();
        assertThat(tableRight).as("the table needs no sideways scrolling").isLessThanOrEqualTo(PHONE_WIDTH);
    }

    @Test
    void staffSeeTheSameInVaadinAPreviewBeforePublicationAndWhoPublished() {
        Page staff = visitor(1280, 900);
        signInAndWait(staff, "coi@demo.coi.dk", "demo");
        open(staff, CONCLUDED + "/resultater");
        assertThat(staff.locator("vaadin-app-layout")).hasCount(1);
        showsTheResultsWithTheChart(staff);

        open(staff, OPEN + "/resultater");
        assertThat(staff.locator("#results-published")).hasText(
                "Forhåndsvisning: resultaterne er ikke offentliggjort endnu, så kun COI's medarbejdere kan se dem.");
        assertThat(staff.locator("#results-ranking")).containsText("Sms dagen før");

        open(staff, OPEN + "/styring");
        assertThat(staff.locator("#storm-results")).containsText(
                "Resultaterne kan offentliggøres, når idéstormen er i fasen Vurdering eller er afsluttet.");
        assertThat(staff.locator("#storm-results-publish")).hasCount(0);
        assertThat(staff.locator("#storm-results-page")).hasText("Se resultaterne, før de offentliggøres");
        open(staff, CONCLUDED + "/styring");
        assertThat(staff.locator("#storm-results-published")).hasText(Pattern.compile(
                "^Resultaterne blev offentliggjort af Camilla [^,]+, \\d+\\. [a-z]+\\.? \\d{4}"));
    }

    private static void showsTheResultsWithTheChart(Page page) {
        assertThat(page.locator("#main-content h1")).hasText("Resultater: Færre breve i e-Boks");
        Locator ranked = page.locator("#results-ranking ol.portal-results-ideas > li");
        assertThat(ranked).hasCount(3);
        assertThat(ranked.first()).containsText("Skriv konklusionen først");
        assertThat(ranked.first()).containsText("3 stemmer");
        assertThat(ranked.first().locator(".portal-results-places")).hasText(Pattern.compile(
                "^Nr\\. 1 efter stemmer · nr\\. \\d efter vurdering$"));
        Locator chart = page.locator("#results-participation .portal-chart");
        assertThat(chart).hasAttribute("role", "img");
        assertThat(chart).hasAttribute("aria-label", Pattern.compile(
                "^Diagram over deltagelsen pr\\. dag, \\d+\\. [a-z]+ \\d{4}–\\d+\\. [a-z]+ \\d{4}\\. Tallene står"));
        assertThat(chart.locator("canvas")).isVisible();
        assertThat(chart.locator(".u-legend")).containsText("Idéer");
        assertThat(chart.locator(".u-legend")).containsText("Stemmer");
        assertThat(page.locator("#results-participation-table caption")).hasText("Deltagelse pr. dag (dansk tid)");
        assertThat(page.locator("#results-participation-table tfoot")).hasText(Pattern.compile("I alt\\s*3\\s*4"));
        assertThat(page.locator("#results-participation .portal-chart")).hasCount(1);
    }
}
