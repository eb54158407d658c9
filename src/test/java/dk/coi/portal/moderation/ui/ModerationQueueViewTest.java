package dk.coi.portal.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dk.coi.portal.identity.Role;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.moderation.ReportCategory;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestComment;
import dk.coi.portal.wiki.TalkComment;
import dk.coi.portal.wiki.WikiEdit;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiTalkService;
import dk.coi.portal.wiki.WikiTitles;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Browserless: a person reports a talk comment with the Rapportér control and is told so beside it, is not offered
 * a second report, and staff find the comment in the moderation queue with its excerpt, link and report, hide it
 * with a reason and read the decision in the log, in Danish and English. An empty report says all it lacks at once.
 */
@PortalTest
@ViewPackages(packages = "dk.coi.portal")
class ModerationQueueViewTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    WikiService wiki;
    @Autowired
    WikiTalkService talk;
    @Autowired
    ModerationService moderation;
    @Autowired
    JdbcTemplate database;
    @Autowired
    WaitingModeration waitingModeration;

    @AfterEach
    void signOut() {
        signedIn.clear();
    }

    @Test
    void aReportedCommentIsHiddenFromTheQueueWithAReasonAndLogged() {
        signedIn.newPerson("Kaj Kommentator", Role.CITIZEN);
        String title = "Køside " + UUID.randomUUID().toString().substring(0, 8);
        wiki.save(new WikiEdit(title, "Tekst", "ny", false, null));
        Subject comment = TalkComment.subject(talk.comment(title, null, "Køb *billige* ure her"));
        String id = ReportControl.idOf(comment);

        signedIn.newPerson("Rita Rapport", Role.CITIZEN);
        UI.getCurrent().navigate(WikiTitles.path(title) + "/diskussion");
        report(id, "Reklame");
        assertThat(status("report-status-" + id)).as("said beside the comment")
                .isEqualTo("Tak. Din rapport er sendt til COI, som ser på den.");
        assertThat(status("talk-status")).isEmpty();
        UI.getCurrent().navigate(WikiTitles.path(title) + "/diskussion");
        assertThat($view(Button.class).all()).as("no second report offered")
                .noneMatch(button -> ("report-start-" + id).equals(button.getId().orElse("")));
        assertThat($view(Span.class).id("reported-" + comment.id()).getText())
                .isEqualTo("Du har rapporteret denne kommentar");

        signedIn.newPerson("Sonja Staff", Role.COI_STAFF);
        navigate(ModerationQueueView.class);
        Section item = $view(Section.class).id("moderation-item-" + id);
        String shown = item.getElement().getTextRecursively();
        assertThat(shown).contains("Kommentar på en diskussionsside", "Kommentar på diskussionssiden for " + title,
                "Køb billige ure her", "1 åben rapport", "Rita Rapport", "Spam eller reklame", "Reklame");
        assertThat($(Anchor.class, item).first().getHref()).endsWith("/diskussion#kommentar-" + comment.id());

        assertThat($view(TextField.class).all()).as("a reason field only for the decision chosen").isEmpty();
        assertThat($(Anchor.class, item).all()).as("the heading links once").hasSize(1);
        test($view(Button.class).id("hide-start-" + id)).click();
        test($view(Button.class).id("hide-" + id)).click();
        TextField reasonField = $view(TextField.class).id("moderation-reason-" + id);
        assertThat(reasonField.isInvalid()).as("the missing reason is said at this item's field").isTrue();
        assertThat(reasonField.getErrorMessage()).isEqualTo("Skriv en begrundelse.");
        assertThat(status("moderation-refused-" + id)).isEmpty();
        test($view(TextField.class).id("moderation-reason-" + id)).setValue("Reklame for ure");
        test($view(Button.class).id("hide-" + id)).click();
        assertThat(status("moderation-status-" + id)).as("said where the item stood")
                .isEqualTo("Indholdet er skjult, og rapporterne er lukket.");
        assertThat($view(Section.class).all()).noneMatch(section -> ("moderation-item-" + id)
                .equals(section.getId().orElse("")));
        assertThat(logLine(title)).contains("Sonja Staff", "skjulte", "Reklame for ure");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ModerationQueueView.class);
        assertThat(logLine(title)).contains("hid", "Comment on the talk page of " + title, "Reklame for ure")
                .doesNotContain("skjulte", "moderation.", "!{");
    }

    /**
     * Two comments on one talk page have the same title in the queue and the log: the start of each one's text and its
     * author (with workplace) tell them apart, on the cards, on the buttons' accessible names and in the log.
     */
    @Test
    void commentsOnOneTalkPageAreToldApartByTheirWordsAndAuthor() {
        long kaj = signedIn.newPerson("Kaj Kommentator", Role.CITIZEN);
        database.update("update person set workplace = ? where id = ?", "Kajs Konditori", kaj);
        String title = "To kommentarer " + UUID.randomUUID().toString().substring(0, 8);
        wiki.save(new WikiEdit(title, "Tekst", "ny", false, null));
        Subject first = TalkComment.subject(talk.comment(title, null, "Køb *billige* ure her"));
        signedIn.newPerson("Lis Læser", Role.CITIZEN);
        Subject second = TalkComment.subject(talk.comment(title, null, "Helt i orden"));
        signedIn.newPerson("Rita Rapport", Role.CITIZEN);
        moderation.report(first, ReportCategory.SPAM, "Reklame");
        moderation.report(second, ReportCategory.OTHER, "Tvivl");

        signedIn.newPerson("Sonja Staff", Role.COI_STAFF);
        navigate(ModerationQueueView.class);
        Section firstCard = $view(Section.class).id("moderation-item-" + ReportControl.idOf(first));
        assertThat(firstCard.getElement().getTextRecursively()).contains("Skrevet af Kaj Kommentator (Kajs Konditori)");
        assertThat($view(Section.class).id("moderation-item-" + ReportControl.idOf(second)).getElement()
                .getTextRecursively()).contains("Skrevet af Lis Læser");
        assertThat($(Button.class, firstCard).id("hide-start-" + ReportControl.idOf(first)).getElement()
                .getAttribute("aria-label")).isEqualTo("Skjul … Kommentar på diskussionssiden for " + title
                + " – »Køb billige ure her« af Kaj Kommentator (Kajs Konditori)");

        test($view(Button.class).id("dismiss-start-" + ReportControl.idOf(second))).click();
        assertThat($view(TextField.class).id("moderation-reason-" + ReportControl.idOf(second)).getHelperText())
                .as("a dismissal's reason stays with staff").contains("Kun COI");
        test($view(Button.class).id("dismiss-" + ReportControl.idOf(second))).click();
        test($view(Button.class).id("hide-start-" + ReportControl.idOf(first))).click();
        assertThat($view(TextField.class).id("moderation-reason-" + ReportControl.idOf(first)).getHelperText())
                .as("the reason is public, and the field says so").contains("Vises offentligt");
        test($view(TextField.class).id("moderation-reason-" + ReportControl.idOf(first))).setValue("Reklame for ure");
        test($view(Button.class).id("hide-" + ReportControl.idOf(first))).click();

        assertThat(logLines(title)).hasSize(2)
                .anyMatch(line -> line.contains("skjulte") && line.contains("Reklame for ure")
                        && line.contains("»Køb billige ure her« af Kaj Kommentator (Kajs Konditori)"))
                .anyMatch(line -> line.contains("afviste") && line.contains("»Helt i orden« af Lis Læser"));
    }

    @Test
    void anEmptyReportFormSaysEverythingMissingAtOnce() {
        signedIn.newPerson("Kaj Kommentator", Role.CITIZEN);
        String title = "Tom rapport " + UUID.randomUUID().toString().substring(0, 8);
        wiki.save(new WikiEdit(title, "Tekst", "ny", false, null));
        String id = ReportControl.idOf(TalkComment.subject(talk.comment(title, null, "Noget")));

        signedIn.newPerson("Hurtig Hans", Role.CITIZEN);
        UI.getCurrent().navigate(WikiTitles.path(title) + "/diskussion");
        test($view(Button.class).id("report-start-" + id)).click();
        test($view(Button.class).id("report-send-" + id)).click();

        Select<?> category = $view(Select.class).id("report-category-" + id);
        TextField reason = $view(TextField.class).id("report-reason-" + id);
        assertThat(category.isInvalid()).isTrue();
        assertThat(category.getErrorMessage()).isEqualTo("Vælg hvad problemet er.");
        assertThat(reason.isInvalid()).as("at the same time as the category").isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Skriv en begrundelse.");
    }

    /**
     * The header's link to the queue (a kind of {@code PersonalNotices}) is for staff alone, counting the reported
     * items waiting; the layout counts again on every navigation.
     */
    @Test
    void staffAreShownHowManyReportedItemsWaitAndOthersNoLink() {
        Subject comment = reportedComment();
        assertThat(waitingModeration.shown()).as("not for the citizen who reported").isFalse();

        signedIn.newPerson("Sonja Staff", Role.COI_STAFF);
        assertThat(waitingModeration.shown()).isTrue();
        long waiting = moderation.waiting();
        assertThat(waiting).isPositive();
        assertThat(waitingModeration.unread()).isEqualTo(waiting);
        moderation.dismiss(comment, null);
        assertThat(waitingModeration.unread()).isEqualTo(waiting - 1);
    }

    /** A comment reported by a citizen, who stays signed in. */
    private Subject reportedComment() {
        signedIn.newPerson("Kaj Kommentator", Role.CITIZEN);
        Subject comment = TestComment.on(wiki, talk, "Venter", "Køb ure her").subject();
        signedIn.newPerson("Rita Rapport", Role.CITIZEN);
        moderation.report(comment, ReportCategory.SPAM, "Reklame");
        return comment;
    }

    private void report(String id, String reason) {
        test($view(Button.class).id("report-start-" + id)).click();
        @SuppressWarnings("unchecked")
        Select<ReportCategory> category = $view(Select.class).id("report-category-" + id);
        category.setValue(ReportCategory.SPAM);
        test($view(TextField.class).id("report-reason-" + id)).setValue(reason);
        test($view(Button.class).id("report-send-" + id)).click();
    }

    private String status(String id) {
        return $view(Paragraph.class).id(id).getText();
    }

    private List<String> logLines(String title) {
        return $view(UnorderedList.class).id("moderation-log").getChildren()
                .map(line -> line.getElement().getTextRecursively()).filter(text -> text.contains(title)).toList();
    }

    private String logLine(String title) {
        return $view(UnorderedList.class).id("moderation-log").getChildren()
                .map(line -> line.getElement().getTextRecursively()).filter(text -> text.contains(title))
                .findFirst().orElseThrow();
    }
}
