package dk.coi.portal.wiki.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import dk.coi.portal.identity.Role;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.moderation.ReportCategory;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.wiki.EditOutcome;
import dk.coi.portal.wiki.PageProtection;
import dk.coi.portal.wiki.TalkComment;
import dk.coi.portal.wiki.WikiEdit;
import dk.coi.portal.wiki.WikiLogAction;
import dk.coi.portal.wiki.WikiReviewService;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiStewardshipService;
import dk.coi.portal.wiki.WikiTalkService;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browserless: every kind of action in the public wiki log reads as Danish or English words, never as the codes
 * the portal stores (protection levels, action names, translation keys).
 */
@PortalTest
@ViewPackages(packages = "dk.coi.portal")
class WikiLogViewTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    WikiService wiki;
    @Autowired
    WikiStewardshipService stewardship;
    @Autowired
    WikiReviewService review;
    @Autowired
    WikiTalkService talk;
    @Autowired
    ModerationService moderation;

    @AfterEach
    void signOut() {
        signedIn.clear();
    }

    @Test
    void everyLogActionReadsAsWordsInBothLanguages() {
        String word = "Logord" + UUID.randomUUID().toString().substring(0, 8);
        String title = word + " side";
        String moved = word + " flyttet";
        long staff = signedIn.newPerson("Lise Log", Role.COI_STAFF);
        wiki.save(new WikiEdit(title, "God tekst", "Start", false, null));
        long employee = signedIn.newPerson("Erik Ændring", Role.EMPLOYEE);
        wiki.save(new WikiEdit(title, "Dårlig tekst", "Ups", false, wiki.page(title).orElseThrow().version()));
        long comment = talk.comment(title, null, "En kommentar");
        signedIn.as(staff, "Lise Log", Role.COI_STAFF);
        stewardship.rollback(title, wiki.history(title, 0, 1).getFirst().revision());
        talk.hide(comment, "Uvedkommende");
        talk.show(comment, null);
        stewardship.protect(title, PageProtection.NONE, true, "Officiel side");
        signedIn.as(employee, "Erik Ændring", Role.EMPLOYEE);
        long accepted = proposal(title, "Bedre tekst");
        signedIn.as(staff, "Lise Log", Role.COI_STAFF);
        review.accept(accepted, "Fint");
        signedIn.as(employee, "Erik Ændring", Role.EMPLOYEE);
        long rejected = proposal(title, "Værre tekst");
        signedIn.as(staff, "Lise Log", Role.COI_STAFF);
        review.reject(rejected, "Ikke korrekt");
        stewardship.move(title, moved, true, "Kortere", wiki.page(title).orElseThrow().version());
        stewardship.protect(moved, PageProtection.STAFF, false, "Hærværk");
        stewardship.delete(moved, "Dublet");
        stewardship.undelete(moved, "Alligevel nyttig");

        List<String> danish = linesAbout(word, Locale.of("da"));
        // Each kind of action once, and protection twice more: the page moved, and the redirect it left.
        assertThat(danish).hasSize(WikiLogAction.values().length + 2)
                .anyMatch(line -> line.contains("flyttede") && line.contains("Flyttet fra " + title + " til " + moved)
                        && line.contains("Kortere"))
                .anyMatch(line -> line.contains("Må redigeres af: Kun COI's medarbejdere. Ændringer gennemses ikke.")
                        && line.contains("Hærværk"))
                .anyMatch(line -> line.contains("Omdirigering til " + moved + ". Må redigeres af: Alle, der er logget ind."
                        + " Ændringer fra andre end COI's medarbejdere gennemses."))
                .anyMatch(line -> line.contains("tilbageførte") && line.contains("Tilbageført til version"))
                .anyMatch(line -> line.contains("skjulte en kommentar") && line.contains("Uvedkommende"));
        assertReadable(danish);

        List<String> english = linesAbout(word, Locale.ENGLISH);
        assertThat(english).hasSize(WikiLogAction.values().length + 2)
                .anyMatch(line -> line.contains("moved") && line.contains("Moved from " + title + " to " + moved))
                .anyMatch(line -> line.contains("Who may edit: COI staff only. Changes are not reviewed."))
                .anyMatch(line -> line.contains("Redirect to " + moved + ". Who may edit: Everyone signed in."))
                .anyMatch(line -> line.contains("rolled back") && line.contains("Rolled back to revision"))
                .noneMatch(line -> line.contains("Flyttet") || line.contains("Tilbageført") || line.contains("Må "));
        assertReadable(english);
    }

    /**
     * A comment hidden by the portal after reports, kept hidden by staff and shown again: anyone reading the log
     * sees all three, in order and each in its own words, so "viste igen" never stands without a hiding before it.
     */
    @Test
    void automaticHidingKeepingHiddenAndShowingAgainAreAllInTheLogForAnyone() {
        String word = "Autoskjul" + UUID.randomUUID().toString().substring(0, 8);
        signedIn.newPerson("Kaj Kommentator", Role.CITIZEN);
        wiki.save(new WikiEdit(word, "Tekst", "Start", false, null));
        Subject comment = TalkComment.subject(talk.comment(word, null, "Tvivlsom kommentar"));
        for (int i = 0; i < 3; i++) {
            signedIn.newPerson("Rapportør " + i, Role.CITIZEN);
            moderation.report(comment, ReportCategory.OFFENSIVE, "Groft");
        }
        signedIn.newPerson("Lise Log", Role.COI_STAFF);
        moderation.hide(comment, "Personangreb");
        talk.show(comment.id(), "Rettet af forfatteren");

        signedIn.anonymous();
        assertThat(linesAbout(word, Locale.of("da"))).satisfiesExactly(
                shown -> assertThat(shown).contains("Lise Log", "viste igen en kommentar", "Rettet af forfatteren"),
                kept -> assertThat(kept)
                        .contains("Lise Log", "bekræftede skjulningen af en kommentar", "Personangreb")
                        .doesNotContain("skjulte en kommentar"),
                hidden -> assertThat(hidden).contains("Portalen", "skjulte automatisk en kommentar",
                        "3 personer har rapporteret det").doesNotContain("Slettet bruger"));
        assertThat(linesAbout(word, Locale.ENGLISH)).satisfiesExactly(
                shown -> assertThat(shown).contains("showed again a comment"),
                kept -> assertThat(kept).contains("confirmed the hiding of a comment"),
                hidden -> assertThat(hidden).contains("The portal", "automatically hid a comment"));
    }

    private long proposal(String title, String text) {
        EditOutcome outcome = wiki.submit(new WikiEdit(title, text, "Forslag", false,
                wiki.page(title).orElseThrow().version()));
        return ((EditOutcome.AwaitingReview) outcome).pendingEditId();
    }

    private List<String> linesAbout(String word, Locale language) {
        UI.getCurrent().setLocale(language);
        navigate(WikiLogView.class);
        return $view(ListItem.class).all().stream().map(item -> item.getElement().getTextRecursively())
                .filter(text -> text.contains(word)).toList();
    }

    /** No stored code shows: no action name, no protection level, no "+REVIEW", no translation key. */
    private static void assertReadable(List<String> lines) {
        List<String> codes = Arrays.stream(WikiLogAction.values()).map(Enum::name).toList();
        for (String line : lines) {
            assertThat(line).doesNotContain("NONE", "STAFF", "REVIEW", "wiki.", "log.", "!{");
            codes.forEach(code -> assertThat(line).doesNotContain(code));
        }
    }
}
