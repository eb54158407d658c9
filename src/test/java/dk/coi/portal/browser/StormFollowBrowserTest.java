package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.open;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
import dk.coi.portal.support.TestStorms;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Following a storm in a browser: a reader is offered to sign in for it; signed in, they follow it, find it among the
 * storms they follow (from the notices page) and stop following it there; and when the
 * storm opens its notice is on their notices page and leads back to the storm. Following an idea likewise: the
 * button turns into "Følger", which a reload keeps, and the idea is listed among those followed until stopped there.
 */
@PortalTest
class StormFollowBrowserTest extends BrowserTestSupport {

    private static final Duration HOUR = Duration.ofHours(1);

    @Autowired
    StormService storms;
    @Autowired
    SignedIn signedIn;
    @Autowired
    SystemIdentity system;
    @Autowired
    TestClock clock;
    @Autowired
    TestStorms testStorms;
    @Autowired
    IdeaService ideas;

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.clear();
    }

    private static double middle(Locator element) {
        return ((Number) element.evaluate("e => { const box = e.getBoundingClientRect(); return box.top + box.height / 2; }"))
                .doubleValue();
    }

    @Test
    void aSignedInPersonFollowsAStormAndFindsItsOpeningOnTheNoticesPage() {
        Instant start = clock.instant().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);
        String title = "Fulgt idéstorm " + start.getEpochSecond() % 100_000;
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        StormId id = storms.create(new NewStorm(title, "Hvordan kommer flere med?", "", "COI", Audience.SIGNED_IN,
                null, StormTemplate.SIMPLE, start, List.of(HOUR, HOUR, HOUR)));
        storms.publish(id);
        signedIn.clear();
        String path = StormRoutes.storm(id, title);

        Page reader = visitor(1280, 900);
        open(reader, path);
        assertThat(reader.locator("#storm-follow-login a")).hasText("Log ind for at følge idéstormen");
        assertThat(reader.locator("#storm-follow-control")).hasCount(0);

        Page mads = signedIn("medarbejder@demo.coi.dk", "demo");
        open(mads, path);
        assertThat(mads.locator("#storm-follow-login")).hasCount(0);
        mads.locator("#storm-follow-start").click();
        assertThat(mads.locator("#storm-follow-state")).hasText("Følger");
        assertThat(mads.locator("#storm-follow-status")).containsText("Du følger idéstormen.");
        // Before: "Følger" sat lower than the field and button beside it; now its words are on their middle line.
        double field = middle(mads.locator("#storm-follow-period [part='input-field']"));
        org.assertj.core.api.Assertions.assertThat(middle(mads.locator("#storm-follow-state")))
                .isCloseTo(field, org.assertj.core.api.Assertions.within(3.0));
        org.assertj.core.api.Assertions.assertThat(middle(mads.locator("#storm-follow-stop")))
                .isCloseTo(field, org.assertj.core.api.Assertions.within(3.0));

        clock.advance(Duration.between(clock.instant(), start));
        system.call("test", storms::advanceDuePhases);

        // The notice is left after the phase change has committed, by its listener: look again until it is there.
        // The reminder job may meanwhile have told that voting closes within a day (the open phase takes votes).
        Locator notice = mads.locator("#notices li", new Page.LocatorOptions().setHasText(title))
                .filter(new Locator.FilterOptions().setHasText("er åbnet for bidrag"));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            open(mads, "notifikationer");
            return notice.count() > 0;
        });
        assertThat(notice).containsText("er åbnet for bidrag");
        assertThat(notice).hasClass(Pattern.compile("portal-unread"));
        notice.locator("a").first().click();
        assertThat(mads.locator("#main-content h1")).hasText(title);
        assertThat(mads.locator("#storm-follow-state")).hasText("Følger");

        open(mads, "notifikationer");
        mads.locator("#followed-list-idestorme-foelger").click();
        assertThat(mads.locator("#main-content h1")).hasText("Idéstorme, jeg følger");
        Locator followed = mads.locator("#followed-storms li", new Page.LocatorOptions().setHasText(title));
        assertThat(followed.locator("a")).hasAttribute("href", path);
        followed.locator("vaadin-button").click();
        assertThat(mads.locator("#followed-storms-status")).hasText("Du følger ikke længere »" + title + "«.");
        assertThat(followed).hasCount(0);
        open(mads, path);
        assertThat(mads.locator("#storm-follow-start")).isVisible();
    }

    @Test
    void aSignedInPersonFollowsAnIdeaFindsItAmongThoseFollowedAndStopsThere() {
        // Signed in before the test clock moves: sign-in throttling keeps its times by that clock.
        Page mads = signedIn("medarbejder@demo.coi.dk", "demo");
        String title = "Fulgt idé " + clock.instant().getEpochSecond() % 100_000;
        StormId storm = testStorms.storm(title).start();
        signedIn.newPerson("Ida Idérig", Role.EMPLOYEE);
        String ideaTitle = "Påmind mig i " + title;
        IdeaId idea = ideas.submit(storm, new IdeaDraft(ideaTitle, "En sms dagen før samtalen.", null));
        signedIn.clear();
        String path = StormRoutes.idea(storm, title, idea, ideaTitle);

        open(mads, path);
        mads.locator("#idea-follow-start").click();
        assertThat(mads.locator("#idea-follow-state")).hasText("Følger");
        assertThat(mads.locator("#idea-follow-status")).containsText("Du følger idéen.");
        assertThat(mads.locator("#idea-follow-start")).hasCount(0);
        open(mads, path);
        assertThat(mads.locator("#idea-follow-state")).hasText("Følger");

        open(mads, StormRoutes.FOLLOWED);
        Locator followed = mads.locator("#followed-ideas li", new Page.LocatorOptions().setHasText(ideaTitle));
        assertThat(followed.locator("a")).hasAttribute("href", path);
        assertThat(mads.locator("#followed-ideas-heading")).hasText("Idéer, jeg følger");
        AccessibilityTest.assertNoViolations(mads, "the storms and ideas a person follows");
        followed.locator("vaadin-button").click();
        assertThat(mads.locator("#followed-storms-status")).hasText("Du følger ikke længere »" + ideaTitle + "«.");
        assertThat(followed).hasCount(0);
        open(mads, path);
        assertThat(mads.locator("#idea-follow-start")).isVisible();
    }
}
