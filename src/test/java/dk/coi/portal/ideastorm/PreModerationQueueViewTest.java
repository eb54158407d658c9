package dk.coi.portal.ideastorm;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.coi.portal.identity.Role;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.moderation.ui.ReportControl;
import dk.coi.portal.shared.ui.MarkdownEditor;
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
 * Browserless: staff find a held idea under "Venter på godkendelse" in the moderation queue, are made to give a
 * reason to reject one, and approve another, each said where it stood; a storm's settings are saved on its staff screen.
 */
@PortalTest
@ViewPackages(packages = "dk.coi.portal")
class PreModerationQueueViewTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    StormService storms;
    @Autowired
    IdeaService ideas;
    @Autowired
    SystemIdentity system;
    @Autowired
    TestClock clock;
    @Autowired
    ModerationService moderation;

    @AfterEach
    void signOut() {
        clock.reset();
        signedIn.clear();
    }

    private String status(String id) {
        return $view(Paragraph.class).id(id).getText();
    }

    @Test
    void staffRejectWithAReasonAndApproveHeldIdeasFromTheQueue() {
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        long waitingBefore = moderation.waiting();
        Instant start = clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        StormId storm = storms.create(new NewStorm("Læst først", "Hvad?", "", "COI", Audience.SIGNED_IN, null,
                StormTemplate.SIMPLE, start, List.of(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1))),
                new StormSettings(true, null));
        storms.publish(storm);
        clock.advance(Duration.ofMinutes(2));
        system.call("test", storms::advanceDuePhases);
        signedIn.newPerson("Holger Holdt", Role.CITIZEN);
        IdeaId rejected = ideas.submit(storm, new IdeaDraft("Gratis is", "Is til alle i venteværelset.", null));
        IdeaId approved = ideas.submit(storm, new IdeaDraft("Stille rum", "Et stille rum til samtaler.", null));
        String first = ReportControl.idOf(rejected.subject());
        String second = ReportControl.idOf(approved.subject());

        signedIn.newPerson("Sonja Staff", Role.COI_STAFF);
        assertThat(moderation.waiting()).as("the header's count holds the ideas waiting for approval")
                .isEqualTo(waitingBefore + 2);
        UI.getCurrent().navigate("moderation");
        Section card = $view(Section.class).id("moderation-item-" + first);
        assertThat(card.getElement().getTextRecursively()).contains("Idéen »Gratis is« i idéstormen Læst først",
                "Holger Holdt", "Gratis is", "Indsendt");
        test($view(Button.class).id("reject-start-" + first)).click();
        test($view(Button.class).id("reject-" + first)).click();
        assertThat($view(TextField.class).id("moderation-reason-" + first).isInvalid()).isTrue();
        test($view(TextField.class).id("moderation-reason-" + first)).setValue("Ikke et svar på spørgsmålet");
        test($view(Button.class).id("reject-" + first)).click();
        assertThat(status("moderation-status-" + first))
                .isEqualTo("Det er afvist; forfatteren får begrundelsen at vide.");

        test($view(Button.class).id("approve-start-" + second)).click();
        test($view(Button.class).id("approve-" + second)).click();
        assertThat(status("moderation-status-" + second)).isEqualTo("Det er godkendt og offentliggjort.");
        assertThat($view(Section.class).all()).noneMatch(section -> section.getId().orElse("")
                .equals("moderation-item-" + first) || section.getId().orElse("").equals("moderation-item-" + second));
        assertThat(moderation.waiting()).isEqualTo(waitingBefore);
        signedIn.anonymous();
        assertThat(ideas.board(storm, IdeaQuery.first()).ideas().ideas()).extracting(IdeaCard::id)
                .containsExactly(approved);
    }

    @Test
    void staffSetPreModerationAndTheBudgetOnTheStormsStaffScreen() {
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        StormId storm = publishedSimpleStorm("Indstillet", Duration.ofDays(1));
        UI.getCurrent().navigate(StormRoutes.management(storm, "Indstillet"));
        // The description is empty: its preview is not named until there is something to preview.
        String label = "storm-description-editor-preview-label";
        assertThat($view(Paragraph.class).withId(label).exists()).as("not shown").isFalse();
        MarkdownEditor description = (MarkdownEditor) $view(TextArea.class).id("storm-description-editor-source")
                .getParent().flatMap(Component::getParent).orElseThrow();
        description.setValue("Nu med **tekst**");
        assertThat($view(Paragraph.class).id(label).getText()).isEqualTo("Forhåndsvisning");
        description.setValue("");
        test($view(Checkbox.class).id("storm-pre-moderated")).click();
        test($view(TextField.class).id("storm-vote-budget")).setValue("1001");
        test($view(Button.class).id("storm-save-settings")).click();
        assertThat($view(TextField.class).id("storm-vote-budget").getErrorMessage())
                .isEqualTo("Antallet af stemmer pr. person skal være mellem 1 og 1000.");
        assertThat(storms.management(storm).settings()).isEqualTo(StormSettings.DEFAULT);
        test($view(TextField.class).id("storm-vote-budget")).setValue("5");
        test($view(Button.class).id("storm-save-settings")).click();
        assertThat(status("storm-settings-status")).isEqualTo("Indstillingerne er gemt.");
        assertThat(storms.management(storm).settings()).isEqualTo(new StormSettings(true, 5));
        assertThat($view(Checkbox.class).id("storm-pre-moderated").getValue()).as("shown as saved").isTrue();
    }

    @Test
    void staffChooseOnTheStaffScreenWhatParticipantsMayDoInAPhase() {
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        StormId storm = publishedSimpleStorm("Faser", Duration.ofDays(1));
        UI.getCurrent().navigate(StormRoutes.management(storm, "Faser"));
        PhaseSwitches template = storms.management(storm).storm().phases().getFirst().switches();
        assertThat($view(Checkbox.class).id("storm-switch-0-ideas").getValue()).as("the template's choice")
                .isEqualTo(template.ideas());
        test($view(Checkbox.class).id("storm-switch-0-ideas")).click();
        test($view(Checkbox.class).id("storm-switch-0-votes")).click();
        test($view(Button.class).id("storm-save-switches")).click();
        assertThat(status("storm-switches-status")).isEqualTo("Det, deltagerne kan i faserne, er gemt.");
        PhaseSwitches first = storms.management(storm).storm().phases().getFirst().switches();
        assertThat(first).isEqualTo(new PhaseSwitches(!template.ideas(), template.comments(), !template.votes(),
                template.voteCounts()));
        assertThat($view(Checkbox.class).id("storm-switch-0-votes").getValue()).as("shown as saved")
                .isEqualTo(!template.votes());
    }

    /** A save in one section shows the storm anew but keeps what staff changed, and have not saved, in another. */
    @Test
    void aSaveInOneSectionKeepsTheUnsavedChangesInAnotherWhichThenSaves() {
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        StormId storm = publishedSimpleStorm("To afsnit", Duration.ofDays(1));
        UI.getCurrent().navigate(StormRoutes.management(storm, "To afsnit"));
        PhaseSwitches template = storms.management(storm).storm().phases().getFirst().switches();
        test($view(Checkbox.class).id("storm-switch-0-votes")).click();
        test($view(TextField.class).id("storm-vote-budget")).setValue("3");
        test($view(Button.class).id("storm-save-settings")).click();
        assertThat(status("storm-settings-status")).isEqualTo("Indstillingerne er gemt.");
        assertThat($view(Checkbox.class).id("storm-switch-0-votes").getValue()).as("the unsaved box kept")
                .isEqualTo(!template.votes());

        test($view(Button.class).id("storm-save-switches")).click();
        assertThat(status("storm-switches-status")).isEqualTo("Det, deltagerne kan i faserne, er gemt.");
        StormManagement saved = storms.management(storm);
        assertThat(saved.settings()).isEqualTo(new StormSettings(false, 3));
        assertThat(saved.storm().phases().getFirst().switches().votes()).isEqualTo(!template.votes());
        UI.getCurrent().navigate(StormRoutes.LIST);
        assertThat($(ConfirmDialog.class).all()).as("nothing left unsaved").isEmpty();
    }

    /**
     * The staff screen marks the current phase; changing its boxes says what saving does at once (other phases'
     * boxes say nothing), and leaving with a box changed and not saved asks first.
     */
    @Test
    void theStaffScreenSaysWhatAChangeOfTheCurrentPhaseDoesAndAsksBeforeLeavingItUnsaved() {
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        StormId storm = publishedSimpleStorm("Nu stemmes der", Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(2));
        system.call("test", storms::advanceDuePhases);
        UI.getCurrent().navigate(StormRoutes.management(storm, "Nu stemmes der"));
        assertThat($view(Span.class).id("storm-switch-0-now").getText()).isEqualTo("nu");
        assertThat($view(Span.class).all()).noneMatch(span -> span.getId().orElse("").equals("storm-switch-1-now"));
        Paragraph effect = $view(Paragraph.class).id("storm-switches-effect");
        assertThat(effect.getText()).isEmpty();

        test($view(Checkbox.class).id("storm-switch-0-votes")).click();
        assertThat(effect.getText()).isEqualTo("Når du gemmer, sker det straks i den igangværende fase: "
                + "Afstemningen lukker straks; de givne stemmer bliver stående.");
        test($view(Checkbox.class).id("storm-switch-1-ideas")).click();
        assertThat(effect.getText()).as("a later phase changes nothing now")
                .isEqualTo("Når du gemmer, sker det straks i den igangværende fase: "
                        + "Afstemningen lukker straks; de givne stemmer bliver stående.");
        test($view(Checkbox.class).id("storm-switch-0-votes")).click();
        assertThat(effect.getText()).as("as saved again").isEmpty();

        UI.getCurrent().navigate(StormRoutes.LIST);
        assertThat($(ConfirmDialog.class).single().getId()).hasValue("leave-unsaved");
    }

    /**
     * Publishing results with ideas still unanswered asks first, with their number; staff may wait, or publish
     * anyway.
     */
    @Test
    void publishingResultsWithUnansweredIdeasSaysHowManyAndAsksFirst() {
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        StormId storm = publishedSimpleStorm("Svar mangler", Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(2));
        system.call("test", storms::advanceDuePhases);
        signedIn.newPerson("Ulla Ubesvaret", Role.CITIZEN);
        ideas.submit(storm, new IdeaDraft("Ingen svar endnu", "Den venter på COI.", null));
        clock.advance(Duration.ofHours(1));
        system.call("test", storms::advanceDuePhases);

        signedIn.newPerson("Sonja Staff", Role.COI_STAFF);
        UI.getCurrent().navigate(StormRoutes.management(storm, "Svar mangler"));
        test($view(Button.class).id("storm-results-publish")).click();
        ConfirmDialog ask = $(ConfirmDialog.class).single();
        assertThat(test(ask).getText()).startsWith("1 idé har endnu intet svar.");
        // The focused answer (Enter) waits; publishing is the other, marked as the irreversible one.
        test(ask).confirm();
        assertThat(storms.management(storm).storm().resultsPublishedAt()).as("staff chose to wait").isNull();

        test($view(Button.class).id("storm-results-publish")).click();
        test($(ConfirmDialog.class).last()).reject();
        assertThat(status("storm-results-status")).startsWith("Resultaterne er offentliggjort.");
        assertThat(storms.management(storm).storm().resultsPublishedAt()).isNotNull();
        // The unanswered idea is said to be so on the results, not "Offentliggjort" as if its answer were.
        UI.getCurrent().navigate(storms.management(storm).resultsPath());
        assertThat($view(Span.class).all().stream().filter(span -> span.hasClassName("portal-results-facts"))
                .map(span -> span.getElement().getTextRecursively())).singleElement().asString()
                .contains("Ikke besvaret").doesNotContain("Offentliggjort");
    }

    /**
     * Before: a save refused because another staff member had saved meanwhile only said "reload". Now it says who and
     * when, that the person's edits are still in the form, and offers the saved values in that section instead.
     */
    @Test
    void aSaveRefusedBecauseSomeoneElseSavedSaysWhoAndOffersTheSavedValues() {
        long sofie = signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        StormId storm = publishedSimpleStorm("Begge retter", Duration.ofDays(1));
        UI.getCurrent().navigate(StormRoutes.management(storm, "Begge retter"));
        signedIn.newPerson("Bent Begge", Role.COI_STAFF);
        storms.changeSettings(storm, new StormSettings(false, 3), storms.management(storm).settingsVersion());
        signedIn.as(sofie, "Sofie Stormfører", Role.COI_STAFF);

        test($view(TextField.class).id("storm-vote-budget")).setValue("5");
        test($view(Button.class).id("storm-save-settings")).click();
        assertThat(status("storm-settings-status")).startsWith("Hvordan idéstormen kører")
                .contains("blev ændret af Bent Begge (", "De står stadig i formularen.");
        assertThat($view(TextField.class).id("storm-vote-budget").getValue()).as("the person's edit is kept")
                .isEqualTo("5");
        assertThat(storms.management(storm).settings()).isEqualTo(new StormSettings(false, 3));

        test($view(Button.class).id("storm-settings-status-reload")).click();
        assertThat(status("storm-settings-status")).startsWith("De gemte værdier vises nu her.");
        assertThat($view(TextField.class).id("storm-vote-budget").getValue()).isEqualTo("3");
        test($view(TextField.class).id("storm-vote-budget")).setValue("4");
        test($view(Button.class).id("storm-save-settings")).click();
        assertThat(storms.management(storm).settings()).as("saved from the values shown")
                .isEqualTo(new StormSettings(false, 4));
    }

    /** A published simple storm of three one-hour phases, starting {@code in} from now (to the minute). */
    private StormId publishedSimpleStorm(String title, Duration in) {
        Instant start = clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(in);
        StormId storm = storms.create(new NewStorm(title, "Hvad?", "", "COI", Audience.SIGNED_IN, null,
                StormTemplate.SIMPLE, start, List.of(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1))));
        storms.publish(storm);
        return storm;
    }
}
