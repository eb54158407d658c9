package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.open;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.coi.portal.identity.Role;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.ideastorm.IdeaDraft;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaService;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.ideastorm.StormService;
import dk.coi.portal.ideastorm.StormSettings;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestClock;
import dk.coi.portal.support.TestStorms;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Votes in two browsers at once: when one participant votes (and withdraws), the count on another person's open
 * storm list and idea page moves without a reload (Vaadin Push); a reader who is not signed in sees the count and
 * a sign-in link, no button. The demo storm's open phase takes votes and shows counts. A participant whose budget
 * is spent, or whose storm closed its votes and ideas while their pages were open, keeps each vote button in the
 * keyboard's reach with the reason beside it, and finds the idea form replaced by a polite message.
 */
@PortalTest
class VoteBrowserTest extends BrowserTestSupport {

    private static final String STORM = "idestorme/1-unge-ledige-til-samtalen-i-jobcentret";
    private static final String IDEA = "Samtalen som videomøde, når det passer";
    private static final Duration HOUR = Duration.ofHours(1);

    @Autowired
    TestStorms testStorms;
    @Autowired
    StormService storms;
    @Autowired
    IdeaService ideas;
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

    private static Locator card(Page page) {
        return page.locator("#storm-idea-cards li", new Page.LocatorOptions().setHasText(IDEA));
    }

    @Test
    void aVoteMovesTheCountInAnotherOpenBrowserWithoutAReload() {
        Page mads = signedIn("medarbejder@demo.coi.dk", "demo");
        open(mads, STORM);
        Page camilla = signedIn("coi@demo.coi.dk", "demo");
        open(camilla, STORM);
        assertThat(card(camilla).locator(".portal-idea-votes")).hasText("0 stemmer");

        Locator toggle = card(mads).locator("vaadin-button.portal-vote-toggle");
        assertThat(toggle).hasAttribute("aria-label", "Stem på " + IDEA);
        assertThat(toggle).hasText("Stem");
        assertThat(card(mads).locator(".portal-vote-given")).isHidden();
        toggle.click();
        // Voted: said beside the button, which now offers to withdraw (its name still begins with its words).
        assertThat(card(mads).locator(".portal-vote-given")).hasText("Du har stemt");
        assertThat(card(mads).locator(".portal-vote-given vaadin-icon[icon='vaadin:check']")).hasCount(1);
        assertThat(toggle).hasText("Træk stemme tilbage");
        assertThat(toggle).hasAttribute("aria-label", "Træk stemme tilbage fra " + IDEA);
        assertThat(mads.locator("#storm-vote-status")).hasText("Din stemme på »" + IDEA + "« er givet.");
        assertThat(card(mads).locator(".portal-idea-votes")).hasText("1 stemme");
        assertThat(card(camilla).locator(".portal-idea-votes")).hasText("1 stemme");

        card(camilla).locator("a", new Locator.LocatorOptions().setHasText(IDEA)).click();
        assertThat(camilla.locator("#main-content h1")).hasText(IDEA);
        assertThat(camilla.locator("#idea-vote .portal-idea-votes")).hasText("1 stemme");
        toggle.click();
        assertThat(toggle).hasText("Stem");
        assertThat(camilla.locator("#idea-vote .portal-idea-votes")).hasText("0 stemmer");
        toggle.click();
        assertThat(camilla.locator("#idea-vote .portal-idea-votes")).hasText("1 stemme");

        Page reader = visitor(1280, 900);
        open(reader, STORM);
        assertThat(reader.locator("vaadin-app-layout")).hasCount(0);
        assertThat(card(reader).locator(".portal-idea-votes")).hasText("1 stemme");
        assertThat(reader.locator("#storm-vote-login a")).hasText("Log ind for at stemme");
        assertThat(reader.locator("#storm-idea-cards button")).hasCount(0);
    }

    @Test
    void voteButtonsStayReachableAndSayWhyWhenTheBudgetIsSpentOrThePhaseClosesVotesAndIdeas() {
        // Signed in before the test clock moves: sign-in throttling keeps its times by that clock.
        Page mads = signedIn("medarbejder@demo.coi.dk", "demo");
        String title = "Fasen skifter " + clock.instant().getEpochSecond() % 100_000;
        StormId storm = testStorms.storm(title).phases(HOUR, Duration.ofDays(3))
                .settings(new StormSettings(false, 1)).start();
        signedIn.newPerson("Ida Idérig", Role.EMPLOYEE);
        IdeaId chosen = ideas.submit(storm, new IdeaDraft("Sms dagen før", "En sms dagen før samtalen.", null));
        IdeaId other = ideas.submit(storm, new IdeaDraft("Mødetid i appen", "Vis tiden i appen.", null));
        signedIn.clear();
        open(mads, StormRoutes.storm(storm, title));
        Page madsIdea = mads.context().newPage();
        open(madsIdea, StormRoutes.idea(storm, title, other, "Mødetid i appen"));
        mads.bringToFront();

        Locator chosenToggle = mads.locator("#storm-idea-cards li", new Page.LocatorOptions()
                .setHasText("Sms dagen før")).locator("vaadin-button.portal-vote-toggle");
        Locator otherToggle = mads.locator("#storm-idea-cards li", new Page.LocatorOptions()
                .setHasText("Mødetid i appen")).locator("vaadin-button.portal-vote-toggle");
        Locator otherWhy = mads.locator("#vote-unavailable-" + other.value());
        assertThat(otherWhy).isHidden();
        assertThat(otherToggle).not().hasAttribute("aria-describedby", "vote-unavailable-" + other.value());
        chosenToggle.click();
        assertThat(chosenToggle).hasText("Træk stemme tilbage");
        assertThat(otherWhy).hasText("Du har ikke flere stemmer.");
        assertThat(otherToggle).hasAttribute("aria-describedby", "vote-unavailable-" + other.value());
        assertThat(otherToggle).not().hasAttribute("disabled", "");
        otherToggle.focus();
        PortalPages.assertHasFocus(otherToggle);
        mads.keyboard().press("Enter");
        assertThat(mads.locator("#storm-vote-status")).containsText("Du har brugt alle dine stemmer i denne idéstorm.");
        assertThat(otherToggle).hasText("Stem");
        AccessibilityTest.assertNoViolations(mads, "a storm page whose visitor has spent their votes");

        mads.locator("#idea-title input").fill("Påmindelse i kalenderen");
        assertThat(mads.locator("#storm-current-phase")).hasText("Åben for idéer");
        String timeLeft = mads.locator("#storm-time-left").textContent();
        clock.advance(HOUR);
        system.call("test", storms::advanceDuePhases);

        assertThat(mads.locator("#idea-submission-news")).hasText("Der kan ikke længere indsendes idéer. Idéstormen "
                + "er gået videre til sin næste fase. Var du i gang med en idé, står teksten stadig i formularen, så "
                + "du kan kopiere den.");
        assertThat(mads.locator("#idea-submission-news")).hasAttribute("role", "status");
        assertThat(mads.locator("#idea-title input")).hasValue("Påmindelse i kalenderen");
        assertThat(mads.locator("#idea-save")).isHidden();
        assertThat(mads.locator("#storm-current-phase")).hasText("Vurdering");
        assertThat(mads.locator("#storm-phases li[aria-current=step]")).containsText("Vurdering");
        assertThat(mads.locator("#storm-time-left")).not().hasText(timeLeft);
        Locator chosenWhy = mads.locator("#vote-unavailable-" + chosen.value());
        assertThat(chosenWhy).hasText("Afstemningen er lukket.");
        assertThat(chosenToggle).hasAttribute("aria-describedby", "vote-unavailable-" + chosen.value());
        assertThat(chosenToggle).hasText("Træk stemme tilbage");
        chosenToggle.focus();
        PortalPages.assertHasFocus(chosenToggle);
        mads.keyboard().press("Enter");
        assertThat(mads.locator("#storm-vote-status"))
                .containsText("Der kan ikke stemmes i idéstormens nuværende fase.");
        assertThat(chosenToggle).hasText("Træk stemme tilbage");
        AccessibilityTest.assertNoViolations(mads, "a storm page after its phase closed votes and ideas");

        assertThat(madsIdea.locator("#vote-unavailable-" + other.value())).hasText("Afstemningen er lukket.");
        assertThat(madsIdea.locator("#idea-vote vaadin-button.portal-vote-toggle"))
                .hasAttribute("aria-describedby", "vote-unavailable-" + other.value());
    }
}
