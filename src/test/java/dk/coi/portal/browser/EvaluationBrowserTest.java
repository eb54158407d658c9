package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.open;
import static dk.coi.portal.browser.PortalPages.signInAndWait;

import com.microsoft.playwright.Page;
import dk.coi.portal.identity.Role;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.ideastorm.Audience;
import dk.coi.portal.ideastorm.CriterionDraft;
import dk.coi.portal.ideastorm.EvaluationService;
import dk.coi.portal.ideastorm.IdeaDraft;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaService;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff evaluate a storm through the real screens: the evaluation screen counts the ideas without an answer against
 * the answer deadline; on an idea's page a staff member scores it, selects it and publishes its answer; the idea's
 * status is then tagged on its card in the storm's list and said on its page, for staff and for a reader who is not
 * signed in, who also finds the answer and its author on the idea's public page.
 */
@PortalTest
class EvaluationBrowserTest extends BrowserTestSupport {

    private static final Duration HOUR = Duration.ofHours(1);

    @Autowired
    StormService storms;
    @Autowired
    IdeaService ideas;
    @Autowired
    EvaluationService evaluation;
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

    private static Page.LocatorOptions text(String text) {
        return new Page.LocatorOptions().setHasText(text);
    }

    @Test
    void staffScoreAndAnswerAnIdeaAndAReaderSeesTheAnswer() {
        Instant start = clock.instant().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);
        String title = "Vurderet idéstorm " + start.getEpochSecond() % 100_000;
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        StormId storm = storms.create(new NewStorm(title, "Hvordan kommer flere med?", "", "COI",
                Audience.SIGNED_IN, start.plus(Duration.ofDays(10)), StormTemplate.SIMPLE, start,
                List.of(HOUR, HOUR, HOUR)));
        storms.publish(storm);
        evaluation.setRubric(storm, List.of(new CriterionDraft("Effekt", null, 2)), evaluation.rubric(storm).version());
        signedIn.clear();

        // Signed in before the clock moves: sign-in throttling reads the portal's clock.
        Page staff = visitor(1280, 900);
        signInAndWait(staff, "coi@demo.coi.dk", "demo");

        clock.advance(Duration.between(clock.instant(), start));
        system.call("test", storms::advanceDuePhases);
        signedIn.newPerson("Ida Idérig", Role.EMPLOYEE);
        IdeaId idea = ideas.submit(storm, new IdeaDraft("Sms dagen før", "En sms dagen før samtalen.", null));
        signedIn.clear();
        clock.advance(HOUR);
        system.call("test", storms::advanceDuePhases);

        open(staff, StormRoutes.evaluation(storm, title));
        assertThat(staff.locator("#evaluation-missing")).containsText("1 idé mangler svar");
        assertThat(staff.locator("#evaluation-missing")).containsText("Svarfrist");
        AccessibilityTest.assertNoViolations(staff, "the storm's evaluation screen");
        staff.locator("#evaluation-idea-" + idea.value() + " a").click();
        assertThat(staff.locator("#main-content h1")).hasText("Sms dagen før");

        staff.locator("#idea-evaluation vaadin-select[id^=idea-score-]").click();
        staff.locator("vaadin-select-item", text("4")).click();
        assertThat(staff.locator("#idea-score-status")).hasText("Dine point er gemt.");
        assertThat(staff.locator("#idea-evaluation-score")).hasText("Samlet score (1–5): 4");

        staff.locator("#idea-evaluation-save").click();
        assertThat(staff.locator("#idea-evaluation-status")).hasText("Vælg en ny status, eller skriv svaret.");
        staff.locator("#idea-status").click();
        staff.locator("vaadin-select-item[label='Valgt']").click();
        staff.locator("#idea-answer-source textarea").fill("Tak! Vi **prøver** det i foråret.");
        staff.locator("#idea-evaluation-save").click();
        assertThat(staff.locator("#idea-evaluation-status")).hasText("Status og svar er gemt.");
        assertThat(staff.locator("#idea-facts")).containsText("Valgt");
        assertThat(staff.locator("#idea-answer strong")).hasText("prøver");
        AccessibilityTest.assertNoViolations(staff, "an idea's page with its evaluation");

        open(staff, StormRoutes.evaluation(storm, title));
        assertThat(staff.locator("#evaluation-missing")).containsText("0 idéer mangler svar");
        staff.locator("#evaluation-only-unanswered").click();
        assertThat(staff.locator("#evaluation-matching")).hasText("0 idéer passer til valget");
        assertThat(staff.locator("#evaluation-ideas li")).hasCount(0);
        staff.locator("#evaluation-only-unanswered").click();
        assertThat(staff.locator("#evaluation-idea-" + idea.value())).containsText("Besvaret");

        Page reader = visitor(1280, 900);
        open(reader, StormRoutes.idea(storm, title, idea, "Sms dagen før"));
        assertThat(reader.locator("#idea-answer strong")).hasText("prøver");
        assertThat(reader.locator("#idea-answered-by")).containsText("Svar fra Camilla COI");
        assertThat(reader.locator("#idea-facts")).containsText("Valgt");
        assertThat(reader.locator("#idea-evaluation")).hasCount(0);

        open(staff, StormRoutes.storm(storm, title));
        assertThat(staff.locator("#storm-idea-cards li", text("Sms dagen før")).locator(".portal-idea-status"))
                .hasText("Valgt");
        open(reader, StormRoutes.storm(storm, title));
        assertThat(reader.locator("vaadin-app-layout")).hasCount(0);
        assertThat(reader.locator("#storm-idea-cards li", text("Sms dagen før")).locator(".portal-idea-status"))
                .hasText("Valgt");
    }
}
