package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.open;

import com.microsoft.playwright.Page;
import dk.coi.portal.identity.Role;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.ideastorm.Audience;
import dk.coi.portal.ideastorm.IdeaDraft;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaService;
import dk.coi.portal.ideastorm.NewStorm;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormService;
import dk.coi.portal.ideastorm.StormTemplate;
import dk.coi.portal.ideastorm.ThemeService;
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
 * Ideas in a browser: a participant typing a title is shown a similar demo idea, submits their own, which the list
 * then shows; edits it and finds the edit in the history with its diff; an anonymous reader finds the idea on the
 * server-rendered storm page and reads its own page.
 */
@PortalTest
class IdeaBrowserTest extends BrowserTestSupport {

    private static final String STORM = "idestorme/1-unge-ledige-til-samtalen-i-jobcentret";
    private static final Duration HOUR = Duration.ofHours(1);

    @Autowired
    StormService storms;
    @Autowired
    IdeaService ideas;
    @Autowired
    ThemeService themes;
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
    void aParticipantIsShownASimilarIdeaSubmitsTheirOwnEditsItAndAReaderFindsIt() {
        Page birgitte = signedIn("borger@demo.coi.dk", "demo");
        open(birgitte, STORM);
        assertThat(birgitte.locator("#storm-idea-cards")).containsText("Sms dagen før – og igen en time før");

        birgitte.locator("#idea-title input").pressSequentially("Påmindelser på sms");
        assertThat(birgitte.locator("#idea-similar")).containsText("Sms dagen før – og igen en time før");
        assertThat(birgitte.locator("#idea-similar a").first()).hasAttribute("href",
                Pattern.compile("^/" + STORM + "/ideer/\\d+-sms-dagen-foer"));

        birgitte.locator("#idea-title input").fill("");
        birgitte.locator("#idea-save").click();
        assertThat(birgitte.locator("#idea-title")).hasAttribute("invalid", "");
        birgitte.locator("#idea-title input").fill("Påmindelse i MitID-appen");
        birgitte.locator("#idea-description-source textarea").fill("Vis tiden for samtalen i **appen**.");
        birgitte.locator("#idea-save").click();
        assertThat(birgitte.locator("#idea-form-status")).hasText("Tak! Din idé er sendt. Se din idé");
        assertThat(birgitte.locator("#idea-sent-link"))
                .hasAttribute("href", Pattern.compile("^/" + STORM + "/ideer/\\d+-paamindelse-i-mitid-appen$"));
        assertThat(birgitte.locator("#idea-title input")).hasValue("");
        // Emptied for the next idea, not refused.
        assertThat(birgitte.locator("#idea-title")).not().hasAttribute("invalid", "");
        birgitte.locator("#idea-order").click();
        birgitte.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Nyeste først")).click();
        assertThat(birgitte.locator("#storm-idea-cards li").first()).containsText("Påmindelse i MitID-appen");

        birgitte.locator("#storm-idea-cards a", new Page.LocatorOptions().setHasText("Påmindelse i MitID-appen")).click();
        assertThat(birgitte.locator("#main-content h1")).hasText("Påmindelse i MitID-appen");
        assertThat(birgitte).hasURL(Pattern.compile("/" + STORM + "/ideer/\\d+-paamindelse-i-mitid-appen$"));
        birgitte.locator("#idea-title input").fill("Påmindelse i kommunens app");
        birgitte.locator("#idea-save").click();
        assertThat(birgitte.locator("#idea-form-status")).hasText("Ændringerne er gemt.");
        assertThat(birgitte.locator("#main-content h1")).hasText("Påmindelse i kommunens app");
        String address = birgitte.url();

        birgitte.locator("#idea-history-link").click();
        assertThat(birgitte.locator("#idea-revisions li")).hasCount(2);
        birgitte.locator("#idea-revisions a").first().click();
        assertThat(birgitte.locator("#idea-title-diff")).containsText("MitID");
        assertThat(birgitte.locator("#idea-title-diff")).containsText("kommunens");

        Page reader = visitor(1280, 900);
        open(reader, STORM + "?orden=nyeste");
        assertThat(reader.locator("vaadin-app-layout")).hasCount(0);
        assertThat(reader.locator("#idea-submission a")).hasText("Log ind for at komme med en idé.");
        assertThat(reader.locator("#storm-idea-cards li").first()).containsText("Påmindelse i kommunens app");
        assertThat(reader.locator("#storm-idea-cards li").first()).containsText("af Birgitte Borger");
        reader.locator("#storm-idea-cards a", new Page.LocatorOptions().setHasText("Påmindelse i kommunens app")).click();
        assertThat(reader).hasURL(address);
        assertThat(reader.locator("#idea-description strong")).hasText("appen");
        org.assertj.core.api.Assertions.assertThat(reader.locator("link[rel=canonical]").getAttribute("href"))
                .endsWith(address.replaceFirst("^https?://[^/]+", ""));
    }

    @Test
    void staffAddAndRemoveAThemeAndAParticipantReportsAnIdea() {
        Page camilla = signedIn("coi@demo.coi.dk", "demo");
        open(camilla, "idestorme/3-faerre-breve-i-e-boks");
        assertThat(camilla.locator("#idea-submission")).hasText("Idéstormen tager ikke imod idéer i den nuværende fase.");
        camilla.locator("#theme-add").click();
        assertThat(camilla.locator("#theme-status")).hasText("Skriv temaets navn.");
        camilla.locator("#theme-new-name input").fill("Breve og beskeder");
        camilla.locator("#theme-add").click();
        assertThat(camilla.locator("#theme-status")).hasText("Temaet er tilføjet.");
        assertThat(camilla.locator("#storm-themes li")).hasCount(1);
        assertThat(camilla.locator("#storm-themes li")).containsText("Breve og beskeder");
        camilla.locator("#storm-themes li vaadin-button[theme~='error']").click();
        assertThat(camilla.locator("#theme-status")).hasText("Temaet er fjernet.");
        assertThat(camilla.locator("#storm-themes li")).hasCount(0);

        Page mads = signedIn("medarbejder@demo.coi.dk", "demo");
        open(mads, "idestorme/3-faerre-breve-i-e-boks/ideer/6-kvittering-for-ansoegning-som-kort-besked");
        String id = "ideastorm-idea-6";
        mads.locator("#report-start-" + id).click();
        mads.locator("#report-category-" + id).click();
        mads.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Spam eller reklame")).click();
        mads.locator("#report-reason-" + id + " input").fill("Reklame for en tjeneste");
        mads.locator("#report-send-" + id).click();
        assertThat(mads.locator("#report-status-" + id)).hasText("Tak. Din rapport er sendt til COI, som ser på den.");
        open(mads, "idestorme/3-faerre-breve-i-e-boks/ideer/6-kvittering-for-ansoegning-som-kort-besked");
        assertThat(mads.locator("#main-content")).containsText("Du har rapporteret idéen.");
        assertThat(mads.locator("#report-start-" + id)).hasCount(0);
    }

    /** KLK's thematising: an idea given before the storm had themes is put under one by staff on its page. */
    @Test
    void staffPutAnIdeaGivenBeforeTheThemesUnderOne() {
        // Signed in before the test clock moves: sign-in throttling keeps its times by that clock.
        Page camilla = signedIn("coi@demo.coi.dk", "demo");
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        Instant start = clock.instant().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);
        StormId storm = storms.create(new NewStorm("Temaer bagefter " + start.getEpochSecond() % 100_000,
                "Hvad skal samles?", "", "COI", Audience.SIGNED_IN, null, StormTemplate.SIMPLE, start,
                List.of(HOUR, HOUR, HOUR)));
        storms.publish(storm);
        clock.advance(Duration.between(clock.instant(), start));
        system.call("test", storms::advanceDuePhases);
        signedIn.newPerson("Ida Tidlig", Role.CITIZEN);
        IdeaId early = ideas.submit(storm, new IdeaDraft("Sms om morgenen", "Påmind om morgenen.", null));
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        themes.add(storm, "Påmindelser", null);
        String path = ideas.idea(storm, early).orElseThrow().path();
        signedIn.clear();

        open(camilla, path);
        camilla.locator("#idea-staff-theme").click();
        camilla.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Påmindelser")).click();
        camilla.locator("#idea-staff-theme-save").click();
        assertThat(camilla.locator("#idea-staff-theme-status")).hasText("Idéen er sat under temaet.");
        assertThat(camilla.locator("#main-content dl")).containsText("Påmindelser");
    }
}
