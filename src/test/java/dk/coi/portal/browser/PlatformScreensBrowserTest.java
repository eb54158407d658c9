package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.assertHasFocus;
import static dk.coi.portal.browser.PortalPages.open;
import static dk.coi.portal.browser.PortalPages.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import dk.coi.portal.identity.Role;
import dk.coi.portal.moderation.ui.ReportControl;
import dk.coi.portal.notification.FollowPeriod;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.SignedIn.TestPerson;
import dk.coi.portal.wiki.HistoryLine;
import dk.coi.portal.wiki.TalkComment;
import dk.coi.portal.wiki.WikiEdit;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiTalkService;
import dk.coi.portal.wiki.WikiTitles;
import dk.coi.portal.wiki.WikiWatchService;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the new-user trial of issue 11 found in the shared screens, each shown fixed: the focus after a navigation,
 * closing a reply form, the report form's required category, notices in two lines that say what happened, and the
 * diff's names, marks and phone layout.
 */
@PortalTest
class PlatformScreensBrowserTest extends BrowserTestSupport {

    private static final Pattern UNREAD = Pattern.compile("\\bportal-unread\\b");

    @Autowired
    SignedIn signedIn;
    @Autowired
    WikiService wiki;
    @Autowired
    WikiTalkService talk;
    @Autowired
    WikiWatchService watchlist;

    @AfterEach
    void signOut() {
        signedIn.clear();
    }

    private Page signedIn(TestPerson person, int width) {
        Page page = visitor(width, 800);
        signIn(page, person.email(), SignedIn.PASSWORD);
        // On a phone the name is in the closed menu, so it is there but not visible.
        page.locator(width < 576 ? "#drawer-current-person" : "#current-person").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED));
        return page;
    }

    /** A page written by a new person, who is signed in (for the service) when it returns. */
    private String pageBy(TestPerson author, String text) {
        String title = "Skærm " + UUID.randomUUID().toString().substring(0, 8);
        signedIn.as(author, Role.CITIZEN);
        wiki.save(new WikiEdit(title, text, "Ny side", false, null));
        return title;
    }

    private void edit(TestPerson author, String title, String text, String summary, boolean minor) {
        signedIn.as(author, Role.CITIZEN);
        wiki.save(new WikiEdit(title, text, summary, minor, wiki.page(title).orElseThrow().version()));
    }

    private static Locator heading(Page page) {
        return page.locator("#main-content h1");
    }

    /**
     * Before: after opening the watchlist, or comparing two versions from the history, the focus was on the page's
     * body. Now it is on the new screen's heading; a screen read anew at the same address (a filter changed) gives
     * it back to the control that was used.
     */
    @Test
    void theFocusGoesToTheNewScreensHeadingOrBackToTheFilterThatWasUsed() {
        TestPerson mads = signedIn.signUp("Fokus Person");
        String title = pageBy(mads, "Første udgave.");
        edit(mads, title, "Anden udgave.", "Rettet", false);
        signedIn.clear();
        Page page = signedIn(mads, 1280);

        open(page, WikiTitles.path(title));
        page.locator("#page-watchlist").click();
        assertThat(heading(page)).hasText("Min overvågningsliste");
        assertHasFocus(heading(page));

        open(page, WikiTitles.path(title) + "/historik");
        page.locator("#compare-revisions").click();
        page.waitForURL(url -> url.contains("/forskel?"));
        assertThat(heading(page)).containsText("Forskel");
        assertHasFocus(heading(page));

        open(page, "wiki/seneste-aendringer");
        page.locator("#recent-hide-minor input").focus();
        page.keyboard().press("Space");
        page.waitForURL(url -> url.contains("mindre="));
        assertThat(page.locator("#recent-hide-minor")).hasAttribute("checked", "");
        assertHasFocus(page.locator("#recent-hide-minor"));
    }

    /**
     * Before: a reply form, once opened, could only be sent. Now "Fortryd" and Escape close it and the focus goes
     * back to "Svar"; text typed goes only once the person has said so.
     */
    @Test
    void aReplyFormClosesByCancelOrEscapeAskingFirstWhenTextWasTyped() {
        TestPerson author = signedIn.signUp("Kommentar Skriver");
        String title = pageBy(author, "Side med en kommentar.");
        long comment = talk.comment(title, null, "Hvad mener I?");
        TestPerson replier = signedIn.signUp("Svar Skriver");
        signedIn.clear();
        Page page = signedIn(replier, 1280);
        open(page, WikiTitles.path(title) + "/diskussion");
        Locator reply = page.locator("#reply-" + comment);
        Locator text = page.locator("#comment-text-" + comment + " textarea");

        reply.click();
        assertHasFocus(text);
        page.keyboard().press("Escape");
        assertThat(text).hasCount(0);
        assertThat(reply).isEnabled();
        assertHasFocus(reply);

        reply.press("Enter");
        text.fill("Et halvt svar");
        text.press("Escape");
        Locator keep = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skriv videre"));
        assertThat(keep).isFocused();
        page.keyboard().press("Enter");
        // Enter keeps the text: keeping is the button with the focus.
        assertThat(keep).isHidden();
        assertThat(text).hasValue("Et halvt svar");
        assertHasFocus(text);

        page.locator("#comment-cancel-" + comment).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kassér teksten")).click();
        assertThat(text).hasCount(0);
        assertHasFocus(reply);
        assertThat(keep).not().isVisible();
        assertThat(page.locator("#talk-comments article")).hasCount(1);
    }

    /**
     * Before: the reason was marked required and the category was not. Now it is marked (and said to be required to
     * screen readers), and sending without it says what to do at it.
     */
    @Test
    void theReportFormMarksItsCategoryRequiredAndSaysSoWhenItIsLeftEmpty() {
        TestPerson author = signedIn.signUp("Rapporteret Forfatter");
        String title = pageBy(author, "Side til rapport.");
        long comment = talk.comment(title, null, "Køb billige ure her");
        TestPerson reporter = signedIn.signUp("Rapport Person");
        signedIn.clear();
        Page page = signedIn(reporter, 360);
        open(page, WikiTitles.path(title) + "/diskussion");
        String id = ReportControl.idOf(TalkComment.subject(comment));

        page.locator("#report-start-" + id).click();
        Locator category = page.locator("#report-category-" + id);
        assertThat(category).hasAttribute("required", "");
        // Said to screen readers in words: Vaadin's aria-required on the select's button is not valid ARIA there.
        assertThat(category.locator("[slot=helper]")).hasText("Skal udfyldes");
        assertThat(category.locator("[aria-required]")).hasCount(0);
        assertThat(category).hasAttribute("focused", "");
        page.locator("#report-send-" + id).click();
        assertThat(category).hasAttribute("invalid", "");
        assertThat(category).containsText("Vælg hvad problemet er.");
        AccessibilityTest.assertNoViolations(page, "the report form with its category left empty");
    }

    /**
     * Before: a notice was one dense line, a reply said "ny kommentar" and a minor edit looked like any other. Now
     * what happened stands on a line of its own (the title and what was done), who, when and their words under it;
     * a reply says it is one, and a minor edit is marked with its meaning said.
     */
    @Test
    void noticesSayWhatHappenedOnALineOfItsOwnNamingRepliesAndMinorEdits() {
        TestPerson watcher = signedIn.signUp("Følger Person");
        String title = pageBy(watcher, "Side at følge.");
        long question = talk.comment(title, null, "Et spørgsmål");
        watchlist.watch(title, FollowPeriod.PERMANENT, PortalLocales.DANISH);
        TestPerson other = signedIn.signUp("Anden Person");
        signedIn.as(other, Role.CITIZEN);
        talk.comment(title, question, "Et svar på spørgsmålet");
        edit(other, title, "Side at følge, rettet.", "Stavefejl", true);
        signedIn.clear();
        Page page = signedIn(watcher, 360);

        open(page, "notifikationer");
        Locator notices = page.locator("#notices li", new Page.LocatorOptions().setHasText(title));
        Locator reply = notices.filter(new Locator.FilterOptions().setHasText("Et svar på spørgsmålet"));
        assertThat(reply).hasClass(UNREAD);
        assertThat(reply.locator(".portal-notice-what")).containsText(title);
        assertThat(reply.locator(".portal-notice-what a", new Locator.LocatorOptions()
                .setHasText("svarede på en kommentar"))).isVisible();
        assertThat(reply.locator(".portal-notice-meta")).containsText("Anden Person");
        assertThat(reply.locator(".portal-notice-meta")).containsText("Et svar på spørgsmålet");
        Locator minor = notices.filter(new Locator.FilterOptions().setHasText("Stavefejl"));
        assertThat(minor.locator(".portal-notice-what")).containsText("ændrede siden");
        assertThat(minor.locator(".portal-notice-what abbr")).hasAttribute("title", "mindre ændring");
        assertThat(minor.locator(".portal-notice-what abbr")).containsText("mindre ændring");
        double whatTop = ((Number) reply.locator(".portal-notice-what")
                .evaluate("e => e.getBoundingClientRect().top")).doubleValue();
        double metaTop = ((Number) reply.locator(".portal-notice-meta")
                .evaluate("e => e.getBoundingClientRect().top")).doubleValue();
        assertThat(metaTop).as("who and when under what happened").isGreaterThan(whatTop);
        AccessibilityTest.assertNoViolations(page, "the notices");

        // Watching without an end is called as the choice of how long is: "permanent".
        open(page, "wiki/overvaagning");
        assertThat(page.locator("#watched-pages li", new Page.LocatorOptions().setHasText(title)))
                .containsText("permanent");
    }

    /**
     * Before: the diff said "ændring 15" where the history named versions by time alone, two versions saved in the
     * same minute had equal labels to compare by, a minor edit was a bare "m", and a phone labelled blank lines
     * "Efter:" with nothing after it.
     */
    @Test
    void theHistoryAndTheDiffNameVersionsAlikeAndThePhoneLabelsNoBlankLine() {
        TestPerson author = signedIn.signUp("Version Person");
        String title = pageBy(author, "Første afsnit.\nAndet afsnit.");
        edit(author, title, "Første afsnit.\n\nAndet afsnit.\n\nTredje afsnit.", "Luft", true);
        List<HistoryLine> lines = wiki.history(title, 0, 2);
        String newest = String.valueOf(lines.get(0).revision());
        String older = String.valueOf(lines.get(1).revision());
        signedIn.clear();
        Page phone = visitor(360, 780);

        open(phone, WikiTitles.path(title) + "/historik");
        Locator revisions = phone.locator("#page-revisions li");
        assertThat(revisions.nth(0)).containsText("version " + newest);
        assertThat(revisions.nth(0).locator("input[name=til]")).hasAttribute("aria-label",
                Pattern.compile("^Sammenlign til version " + newest + " \\("));
        assertThat(revisions.nth(1).locator("input[name=til]")).hasAttribute("aria-label",
                Pattern.compile("^Sammenlign til version " + older + " \\("));
        assertThat(revisions.nth(0).locator("abbr")).hasAttribute("title", "mindre ændring");

        revisions.nth(0).locator(".portal-diff-link").click();
        assertThat(phone.locator("#diff-from")).containsText("Før: version " + older);
        assertThat(phone.locator("#diff-to")).containsText("Efter: version " + newest);
        assertThat(phone.locator("#diff-to")).containsText("Mindre ændring");
        assertThat(phone.locator("#diff")).containsText("Tredje afsnit.");
        Object labelledButEmpty = phone.locator("#diff").evaluate("""
                diff => [...diff.querySelectorAll('[data-label]')]
                        .filter(cell => cell.offsetParent !== null && cell.textContent.trim() === '').length""");
        assertThat(((Number) labelledButEmpty).intValue()).as("cells labelled on the phone with nothing in them")
                .isZero();
        AccessibilityTest.assertNoViolations(phone, "the diff on a phone");
    }
}
