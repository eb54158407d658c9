package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.assertHasFocus;
import static dk.coi.portal.browser.PortalPages.open;
import static dk.coi.portal.browser.PortalPages.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import dk.coi.portal.identity.Role;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.moderation.ReportCategory;
import dk.coi.portal.moderation.ui.ReportControl;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.wiki.TalkComment;
import dk.coi.portal.wiki.WikiEdit;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiTalkService;
import dk.coi.portal.wiki.WikiTitles;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reporting, the talk page's staff decisions and the staff queue on a 360 px phone: what was done is said beside the
 * control that did it, in view and focused, not at the top of the page; a reported comment is not offered for a
 * second report; decisions open their reason field focused, and Enter in it decides.
 */
@PortalTest
class ModerationBrowserTest extends BrowserTestSupport {

    private static final int PHONE_WIDTH = 360;
    private static final int PHONE_HEIGHT = 780;

    @Autowired
    SignedIn signedIn;
    @Autowired
    WikiService wiki;
    @Autowired
    WikiTalkService talk;
    @Autowired
    ModerationService moderation;

    @AfterEach
    void signOut() {
        signedIn.clear();
    }

    private Page onPhone(String email) {
        Page page = visitor(PHONE_WIDTH, PHONE_HEIGHT);
        signIn(page, email, "demo");
        // On a phone the name is in the closed menu, so it is there but not visible.
        page.locator("#drawer-current-person").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED));
        return page;
    }

    /** A talk page with comments by new people, enough that the last ones are well below the first screen. */
    private List<Subject> discussed(String title, int comments) {
        signedIn.newPerson("Sidens Skaber", Role.CITIZEN);
        wiki.save(new WikiEdit(title, "Side til moderation.", "Ny", false, null));
        return IntStream.range(0, comments).mapToObj(i -> {
            signedIn.newPerson("Kommentator " + i, Role.CITIZEN);
            return TalkComment.subject(talk.comment(title, null,
                    "Kommentar nummer " + i + " med så meget tekst, at den fylder et par linjer på en telefon."));
        }).toList();
    }

    private void reportedByNewPeople(Subject comment, int count) {
        for (int i = 0; i < count; i++) {
            signedIn.newPerson("Rapportør " + i, Role.CITIZEN);
            moderation.report(comment, ReportCategory.OFFENSIVE, "Groft");
        }
        signedIn.clear();
    }

    @Test
    void aReportIsConfirmedBesideTheCommentAndNotOfferedAgain() {
        String title = "Rapport på telefon " + UUID.randomUUID().toString().substring(0, 8);
        List<Subject> comments = discussed(title, 8);
        Subject last = comments.getLast();
        Subject hiddenByThisReport = comments.get(4);
        reportedByNewPeople(hiddenByThisReport, 2);
        Page birgitte = onPhone("borger@demo.coi.dk");
        open(birgitte, WikiTitles.path(title) + "/diskussion");
        String id = ReportControl.idOf(last);

        birgitte.locator("#report-start-" + id).click();
        birgitte.locator("#report-send-" + id).click();
        assertThat(birgitte.locator("#report-category-" + id)).hasAttribute("invalid", "");
        assertThat(birgitte.locator("#report-reason-" + id)).hasAttribute("invalid", "");
        // The first field with a problem has the focus (inside the select, so its "focused" attribute says it).
        assertThat(birgitte.locator("#report-category-" + id)).hasAttribute("focused", "");
        AccessibilityTest.assertNoViolations(birgitte, "the report form saying what is missing");

        birgitte.locator("#report-category-" + id).click();
        birgitte.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Spam eller reklame")).click();
        // A reason pasted too long is kept whole and refused with a word, not cut short without one.
        String tooLong = "Reklame. " + "x".repeat(600);
        birgitte.locator("#report-reason-" + id + " input").fill(tooLong);
        birgitte.locator("#report-send-" + id).click();
        assertThat(birgitte.locator("#report-reason-" + id)).hasAttribute("invalid", "");
        assertThat(birgitte.locator("#report-reason-" + id)).containsText("højst være 500 tegn");
        assertThat(birgitte.locator("#report-reason-" + id + " input")).hasValue(tooLong);
        birgitte.locator("#report-reason-" + id + " input").fill("Reklame");
        birgitte.locator("#report-send-" + id).click();
        Locator received = birgitte.locator("#report-status-" + id);
        assertThat(received).hasText("Tak. Din rapport er sendt til COI, som ser på den.");
        assertThat(received).isInViewport();
        assertHasFocus(received);
        AccessibilityTest.assertNoViolations(birgitte, "the talk page after a report");
        assertThat(birgitte.locator("#talk-status")).isEmpty();

        // The third report hides the comment: said at the comment, now shown hidden.
        String hiddenId = ReportControl.idOf(hiddenByThisReport);
        birgitte.locator("#report-start-" + hiddenId).click();
        birgitte.locator("#report-category-" + hiddenId).click();
        birgitte.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Krænkende")).click();
        birgitte.locator("#report-reason-" + hiddenId + " input").fill("Groft");
        birgitte.locator("#report-send-" + hiddenId).click();
        Locator hidden = birgitte.locator("#kommentar-" + hiddenByThisReport.id() + " #comment-status-"
                + hiddenByThisReport.id());
        assertThat(hidden).containsText("så det er skjult");
        assertThat(hidden).isInViewport();
        assertThat(birgitte.locator("#kommentar-" + hiddenByThisReport.id())).containsText("Kommentaren er skjult");

        open(birgitte, WikiTitles.path(title) + "/diskussion");
        assertThat(birgitte.locator("#report-start-" + id)).hasCount(0);
        assertThat(birgitte.locator("#reported-" + last.id())).hasText("Du har rapporteret denne kommentar");
        assertThat(birgitte.locator("#report-start-" + ReportControl.idOf(comments.getFirst()))).hasCount(1);
    }

    /**
     * On a 360 px phone, by keyboard: the report form fits the screen with its labels whole and Enter sends it; a
     * reply, a hiding and a showing again each leave the focus on what was said at the comment, not on the page's
     * body; showing again asks for a reason as hiding does, and both fields say that the reason is public.
     */
    @Test
    void theTalkPagesFormsFitAPhoneAnswerEnterAndLeaveTheFocusAtTheComment() {
        String title = "Tastatur " + UUID.randomUUID().toString().substring(0, 8);
        List<Subject> comments = discussed(title, 2);
        Subject hidden = comments.getFirst();
        Subject other = comments.getLast();
        signedIn.newPerson("Sonja Staff", Role.COI_STAFF);
        talk.hide(hidden.id(), "Personoplysninger");
        signedIn.clear();

        Page birgitte = onPhone("borger@demo.coi.dk");
        open(birgitte, WikiTitles.path(title) + "/diskussion");
        String id = ReportControl.idOf(other);
        birgitte.locator("#report-start-" + id).press("Enter");
        assertThat(birgitte.locator("#report-category-" + id)).hasAttribute("focused", "");
        // Before: the empty status line, 100 % wide beside "Svar", reached 52 px past the screen's edge.
        assertThat(((Number) birgitte.evaluate("document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(PHONE_WIDTH);
        for (String field : List.of("#report-category-" + id, "#report-reason-" + id)) {
            assertThat((Boolean) birgitte.locator(field).evaluate("""
                    field => {
                        const label = field.shadowRoot.querySelector('[part~="label"]');
                        return label.clientWidth > 0 && label.scrollWidth <= label.clientWidth;
                    }""")).as(field + "'s label is whole").isTrue();
        }
        birgitte.locator("#report-category-" + id).click();
        birgitte.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Spam eller reklame")).click();
        birgitte.locator("#report-reason-" + id + " input").fill("Reklame");
        birgitte.locator("#report-reason-" + id + " input").press("Enter");
        Locator received = birgitte.locator("#report-status-" + id);
        assertThat(received).hasText("Tak. Din rapport er sendt til COI, som ser på den.");
        assertHasFocus(received);

        birgitte.locator("#reply-" + other.id()).press("Enter");
        birgitte.locator("#comment-text-" + other.id() + " textarea").fill("Et svar skrevet på telefonen.");
        birgitte.locator("#comment-send-" + other.id()).press("Enter");
        Locator posted = birgitte.locator("#talk-comments [id^=comment-status-]");
        assertThat(posted).hasText("Din kommentar er sendt.");
        assertThat(posted.locator("xpath=..")).containsText("Et svar skrevet på telefonen.");
        assertHasFocus(posted);

        Page camilla = onPhone("coi@demo.coi.dk");
        open(camilla, WikiTitles.path(title) + "/diskussion");
        camilla.locator("#show-start-" + hidden.id()).press("Enter");
        Locator showReason = camilla.locator("#show-reason-" + hidden.id());
        assertHasFocus(showReason.locator("input"));
        assertThat(showReason).containsText("Vises offentligt");
        showReason.locator("input").fill("Oplysningerne er fjernet");
        showReason.locator("input").press("Enter");
        Locator shown = camilla.locator("#comment-status-" + hidden.id());
        assertThat(shown).hasText("Kommentaren vises igen.");
        assertHasFocus(shown);

        camilla.locator("#hide-start-" + other.id()).press("Enter");
        Locator hideReason = camilla.locator("#hide-reason-" + other.id());
        assertHasFocus(hideReason.locator("input"));
        assertThat(hideReason).containsText("Vises offentligt");
        hideReason.locator("input").press("Enter");
        assertThat(hideReason).hasAttribute("invalid", "");
        hideReason.locator("input").fill("Reklame");
        hideReason.locator("input").press("Enter");
        Locator hiddenNow = camilla.locator("#comment-status-" + other.id());
        assertThat(hiddenNow).hasText("Kommentaren er skjult.");
        assertHasFocus(hiddenNow);
        assertThat(((Number) camilla.evaluate("document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(PHONE_WIDTH);
        AccessibilityTest.assertNoViolations(camilla, "the talk page after staff decisions");
    }

    @Test
    void staffRestoreFromTheQueueWithTheReasonFieldFocusedAndAreToldWhereTheItemStood() {
        String title = "Gendan på telefon " + UUID.randomUUID().toString().substring(0, 8);
        Subject comment = discussed(title, 1).getFirst();
        reportedByNewPeople(comment, 3);
        String id = ReportControl.idOf(comment);
        Page camilla = onPhone("coi@demo.coi.dk");
        open(camilla, "moderation");

        Locator card = camilla.locator("#moderation-item-" + id);
        assertThat(card).containsText("Skjult nu");
        assertThat(card.locator("a")).hasCount(1);
        assertThat(card.locator("vaadin-text-field")).hasCount(0);
        camilla.locator("#restore-start-" + id).click();
        assertHasFocus(camilla.locator("#moderation-reason-" + id + " input"));
        card.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Fortryd")).click();
        assertHasFocus(camilla.locator("#restore-start-" + id));

        camilla.locator("#restore-start-" + id).click();
        assertHasFocus(camilla.locator("#moderation-reason-" + id + " input"));
        AccessibilityTest.assertNoViolations(camilla, "the queue with a decision's reason field open");
        camilla.locator("#moderation-reason-" + id + " input").fill("Ved nærmere eftersyn i orden");
        camilla.locator("#restore-" + id).click();
        Locator restored = camilla.locator("#moderation-status-" + id);
        assertThat(restored).hasText("Indholdet er synligt igen, og rapporterne er lukket.");
        assertThat(restored).isInViewport();
        assertHasFocus(restored);
        AccessibilityTest.assertNoViolations(camilla, "the queue after a decision");
        assertThat(camilla.locator("#moderation-item-" + id)).hasCount(0);
    }
}
