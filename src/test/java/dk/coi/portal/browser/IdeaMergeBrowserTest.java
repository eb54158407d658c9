package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.open;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.coi.portal.identity.Role;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.ideastorm.Audience;
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
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Merging and live ideas in a browser: staff merge a duplicate into the idea kept, chosen by its title (a merge
 * missing both the idea and the reason is told both at once), both pages say so, and staff undo it after a question;
 * a new idea submitted in one browser is announced on another person's open storm list, which shows it at their
 * asking, without a reload, and not on its author's, which shows it already.
 */
@PortalTest
class IdeaMergeBrowserTest extends BrowserTestSupport {

    private static final Duration HOUR = Duration.ofHours(1);

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

    /** A storm of its own in its open phase, so that no other test's ideas or votes are touched. */
    private StormId openStorm(String title) {
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        Instant start = clock.instant().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);
        StormId storm = storms.create(new NewStorm(title + " " + start.getEpochSecond() % 100_000, "Hvad?", "",
                "COI", Audience.SIGNED_IN, null, StormTemplate.SIMPLE, start, List.of(HOUR, HOUR, HOUR)));
        storms.publish(storm);
        clock.advance(Duration.between(clock.instant(), start));
        system.call("test", storms::advanceDuePhases);
        return storm;
    }

    @Test
    void staffMergeADuplicateChosenByTitleBothPagesSaySoAndTheyUndoIt() {
        // Signed in before the test clock moves: sign-in throttling keeps its times by that clock.
        Page camilla = signedIn("coi@demo.coi.dk", "demo");
        StormId storm = openStorm("Dubletter");
        signedIn.newPerson("Kaja Kept", Role.CITIZEN);
        IdeaId kept = ideas.submit(storm, new IdeaDraft("Overdækkede cykelstativer", "Ved stationen.", null));
        signedIn.newPerson("Dennis Dublet", Role.CITIZEN);
        IdeaId duplicate = ideas.submit(storm, new IdeaDraft("Tag over cyklerne", "Ved stationen.", null));
        String duplicatePath = ideas.idea(storm, duplicate).orElseThrow().path();
        String keptPath = ideas.idea(storm, kept).orElseThrow().path();
        signedIn.clear();

        open(camilla, duplicatePath);
        // Neither the idea to keep nor a reason: both are said at once.
        camilla.locator("#idea-merge-button").click();
        assertThat(camilla.locator("#idea-merge-kept")).hasAttribute("invalid", "");
        assertThat(camilla.locator("#idea-merge-reason")).hasAttribute("invalid", "");
        assertThat(camilla.locator("#idea-merge-kept")).containsText("Vælg idéen, der skal beholdes.");
        camilla.locator("#idea-merge-kept input").pressSequentially("cykelstat");
        camilla.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Overdækkede cykelstativer"))
                .click();
        camilla.locator("#idea-merge-button").click();
        assertThat(camilla.locator("#idea-merge-reason")).hasAttribute("invalid", "");
        camilla.locator("#idea-merge-reason input").fill("Samme idé om cykler");
        // Merging asks first, saying what happens and that it can be undone, with the safe answer focused.
        camilla.locator("#idea-merge-button").click();
        assertThat(camilla.locator("#idea-merge-confirm-keep")).isFocused();
        Locator question = camilla.getByRole(AriaRole.ALERTDIALOG);
        assertThat(question).containsText("Slå »Tag over cyklerne« sammen med »Overdækkede cykelstativer«?");
        assertThat(question).containsText("Sammenlægningen kan fortrydes");
        camilla.keyboard().press("Enter");
        assertThat(camilla.locator("#idea-merge-confirm-do")).hasCount(0);
        assertThat(camilla.locator("#idea-merged-into")).hasCount(0);
        camilla.locator("#idea-merge-button").click();
        camilla.locator("#idea-merge-confirm-do").click();
        assertThat(camilla.locator("#idea-merge-status")).hasText(
                "Idéen er slået sammen. Stemmerne tæller nu én gang på idéen, der beholdes.");
        assertThat(camilla.locator("#idea-merged-into")).hasText("Slået sammen med Overdækkede cykelstativer");
        // Staff's control now says what stands, above the undo, and offers no merge.
        assertThat(camilla.locator("#idea-merge-heading")).hasText("Slået sammen med »Overdækkede cykelstativer«");
        assertThat(camilla.locator("#idea-merge-button")).hasCount(0);
        // Followed, voted on and discussed as the kept idea: nothing of it is offered on the merged one.
        assertThat(camilla.locator("#idea-merged-elsewhere")).containsText("Følg, stem på og kommentér den idé i stedet");
        assertThat(camilla.locator("#idea-follow-control")).hasCount(0);
        assertThat(camilla.locator("#idea-voting vaadin-button")).hasCount(0);
        assertThat(camilla.locator("#comment-stance")).hasCount(0);

        camilla.locator("#idea-merged-into a").click();
        assertThat(camilla.locator("#main-content h1")).hasText("Overdækkede cykelstativer");
        assertThat(camilla.locator("#idea-merged-from")).hasText("Sammenlagt fra Tag over cyklerne");
        assertThat(camilla.locator("#idea-facts")).containsText("Kaja Kept og Dennis Dublet");
        assertThat(camilla.locator("#idea-merge")).hasCount(0);

        open(camilla, duplicatePath);
        camilla.locator("#idea-merge-reason input").fill("Det var to idéer");
        // Undoing asks first too, with the safe answer focused; waiting changes nothing.
        camilla.locator("#idea-merge-undo").click();
        assertThat(camilla.locator("#idea-merge-undo-confirm-keep")).isFocused();
        assertThat(camilla.getByRole(AriaRole.ALERTDIALOG)).containsText(
                "Fortryd sammenlægningen af »Tag over cyklerne« og »Overdækkede cykelstativer«?");
        camilla.keyboard().press("Enter");
        assertThat(camilla.locator("#idea-merge-undo-confirm-do")).hasCount(0);
        assertThat(camilla.locator("#idea-merged-into")).hasText("Slået sammen med Overdækkede cykelstativer");
        camilla.locator("#idea-merge-undo").click();
        camilla.locator("#idea-merge-undo-confirm-do").click();
        assertThat(camilla.locator("#idea-merge-status")).hasText(
                "Sammenlægningen er fortrudt, og stemmerne er tilbage, hvor de var.");
        assertThat(camilla.locator("#idea-merged-into")).hasCount(0);
        open(camilla, keptPath);
        assertThat(camilla.locator("#idea-merged-from")).hasCount(0);
        assertThat(camilla.locator("#idea-facts")).not().containsText("Dennis Dublet");
    }

    @Test
    void aNewIdeaIsAnnouncedOnAnotherOpenListAndShownAtTheReadersAsking() {
        Page mads = signedIn("medarbejder@demo.coi.dk", "demo");
        Page camilla = signedIn("coi@demo.coi.dk", "demo");
        StormId storm = openStorm("Levende idéer");
        String path = storms.storm(storm).map(details -> StormRoutes.storm(details.id(), details.title()))
                .orElseThrow();
        signedIn.clear();
        open(mads, path);
        open(camilla, path);
        assertThat(camilla.locator("#storm-idea-cards li")).hasCount(0);

        mads.locator("#idea-title input").fill("Lys i cykeltunnellen");
        mads.locator("#idea-description-source textarea").fill("Bedre lys om aftenen.");
        mads.locator("#idea-save").click();
        assertThat(mads.locator("#idea-form-status")).hasText("Tak! Din idé er sendt. Se din idé");
        // The thanks link the idea by its full address, the storm's words included.
        assertThat(mads.locator("#idea-sent-link"))
                .hasAttribute("href", Pattern.compile("^/" + path + "/ideer/\\d+-lys-i-cykeltunnellen$"));

        assertThat(camilla.locator("#storm-new-ideas")).containsText("1 ny idé");
        assertThat(camilla.locator("#storm-idea-cards li")).hasCount(0);
        camilla.locator("#storm-new-ideas-show").click();
        assertThat(camilla.locator("#storm-idea-cards li")).hasCount(1);
        assertThat(camilla.locator("#storm-idea-cards")).containsText("Lys i cykeltunnellen");
        assertThat(camilla.locator("#storm-new-ideas")).hasText("");

        // Its author's list shows it already, so it is not news there: a vote pushed after the announcement reaches
        // Mads's page after the announcement would have, and finds it not said.
        camilla.locator("#storm-idea-cards vaadin-button.portal-vote-toggle").click();
        assertThat(mads.locator("#storm-idea-cards .portal-idea-votes")).hasText("1 stemme");
        assertThat(mads.locator("#storm-new-ideas")).hasText("");
    }
}
