package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.assertHasFocus;
import static dk.coi.portal.browser.PortalPages.open;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.wiki.WikiTitles;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two demo people write the same wiki page in turn, its history names both, and a conflict loses nothing. */
@PortalTest
class WikiBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcTemplate database;

    private Page signedIn(String email) {
        return signedIn(email, "demo");
    }

    private static void write(Page page, String text, String summary) {
        page.locator("#page-source textarea").fill(text);
        page.locator("#edit-summary input").fill(summary);
        page.locator("#save-page").click();
    }

    private static void createPage(Page page, String title) {
        open(page, "wiki");
        page.locator("#new-page-title input").fill(title);
        page.locator("#new-page-create").click();
    }

    private static void openPage(Page page, String title) {
        open(page, "wiki");
        page.locator("#wiki-pages a", new Page.LocatorOptions().setHasText(title)).click();
    }

    /** The address bar shows the path (the browser updates it just after the view), and reloading it shows the view. */
    private static void reloadShows(Page page, String path, String heading) {
        page.waitForURL(url -> url.replaceFirst("\\?.*", "").endsWith("/" + path));
        page.reload();
        PortalPages.waitForView(page);
        assertThat(page.locator("#main-content h1")).containsText(heading);
    }

    /**
     * Every character a title may hold that has a meaning in addresses, Markdown or HTML, with Danish letters,
     * an accent, an emoji and an unbalanced parenthesis, through the editor, the page, a link to it, history,
     * move and redirect; each address also reloaded.
     */
    @Test
    void titlesWithEveryAllowedSpecialCharacterCanBeViewedEditedMovedAndReloaded() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String title = "Tegn !\"$&'()*+,-.:=?@^`~ æøå ÆØÅ é 😀 " + unique;
        String moved = "?Flyttet: a=b&c=d :) 100 ~ \"Æblet\" " + unique + " ...";
        Page camilla = signedIn("coi@demo.coi.dk");
        createPage(camilla, title);
        assertThat(camilla.locator("#main-content h1")).containsText(title);
        reloadShows(camilla, WikiTitles.path(title) + "/rediger", title);
        write(camilla, "Første udgave af [[" + title + "]] og [[" + moved + "|den nye titel]].", "Ny side");
        assertThat(camilla.locator("#main-content h1")).hasText(title);
        reloadShows(camilla, WikiTitles.path(title), title);
        camilla.locator("#page-content a", new Page.LocatorOptions().setHasText(title)).click();
        assertThat(camilla.locator("#main-content h1")).hasText(title);
        camilla.locator("#page-content a", new Page.LocatorOptions().setHasText("den nye titel")).click();
        assertThat(camilla.locator("#main-content h1")).containsText(moved);
        assertThat(camilla.locator("#page-source textarea")).hasValue("");
        open(camilla, WikiTitles.path(title));

        camilla.locator("#edit-page").click();
        assertThat(camilla.locator("#page-source textarea")).hasValue(
                "Første udgave af [[" + title + "]] og [[" + moved + "|den nye titel]].");
        reloadShows(camilla, WikiTitles.path(title) + "/rediger", title);
        write(camilla, "Anden udgave af [[" + title + "]] og [[" + moved + "|den nye titel]].", "Rettet");
        assertThat(camilla.locator("#page-content")).containsText("Anden udgave");

        camilla.locator("#page-history").click();
        assertThat(camilla.locator("#page-revisions li")).hasCount(2);
        reloadShows(camilla, WikiTitles.path(title) + "/historik", title);
        assertThat(camilla.locator("#page-revisions li").first()).containsText("Rettet");
        camilla.locator("#page-revisions li").first().locator(".portal-diff-link").click();
        assertThat(camilla.locator("#diff ins")).containsText("Anden");

        open(camilla, WikiTitles.path(title));
        camilla.locator("#move-page").click();
        assertThat(camilla.locator("#move-new-title input")).hasValue(title);
        reloadShows(camilla, WikiTitles.path(title) + "/flyt", title);
        camilla.locator("#move-new-title input").fill(moved + " [1]");
        camilla.locator("#move-reason input").fill("Alle tegn");
        camilla.locator("#move-page-button").click();
        assertThat(camilla.locator("#move-status")).containsText("må ikke indeholde");
        assertThat(camilla.locator("#main-content h1")).containsText(title);
        camilla.locator("#move-new-title input").fill(moved);
        camilla.locator("#move-page-button").click();
        assertThat(camilla.locator("#main-content h1")).hasText(moved);
        reloadShows(camilla, WikiTitles.path(moved), moved);
        camilla.locator("#page-content a", new Page.LocatorOptions().setHasText("den nye titel")).click();
        assertThat(camilla.locator("#main-content h1")).hasText(moved);
        assertThat(camilla.locator("#page-content")).containsText("Anden udgave");

        open(camilla, WikiTitles.path(title));
        assertThat(camilla.locator("#main-content h1")).hasText(moved);
        assertThat(camilla.locator("#redirected-from")).containsText(title);
        reloadShows(camilla, WikiTitles.path(moved), moved);
        camilla.locator("#redirected-from a").click();
        assertThat(camilla.locator("#page-content")).containsText("#OMDIRIGER");
        camilla.locator("#page-history").click();
        assertThat(camilla.locator("#page-revisions li").first()).containsText("Alle tegn");
    }

    /** A page whose title was saved before today's rules (here ';') is reached by its id and moved to safety. */
    @Test
    void staffReachAPageWithAnUnusableTitleByItsIdAndMoveItToAUsableOne() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String usable = "Gammel titel " + unique;
        String unusable = "Gammel titel; " + unique;
        Page camilla = signedIn("coi@demo.coi.dk");
        createPage(camilla, usable);
        write(camilla, "Tekst fra før reglerne.", "Ny side");
        assertThat(camilla.locator("#page-content")).containsText("Tekst fra før reglerne.");
        database.update("update wiki_page set title = ? where title = ?", unusable, usable);
        org.assertj.core.api.Assertions.assertThat(camilla.navigate(WikiTitles.path(unusable)).status())
                .as("no address reaches the page").isEqualTo(400);

        open(camilla, "wiki/log");
        camilla.locator("#unusable-titles a", new Page.LocatorOptions().setHasText(unusable)).click();
        assertThat(camilla.locator("#main-content h1")).containsText(unusable);
        assertThat(camilla.locator("#unusable-title")).isVisible();
        assertThat(camilla.locator("#move-leave-redirect")).isHidden();
        camilla.locator("#move-new-title input").fill(usable);
        camilla.locator("#move-page-button").click();
        assertThat(camilla.locator("#main-content h1")).hasText(usable);
        assertThat(camilla.locator("#page-content")).containsText("Tekst fra før reglerne.");
        reloadShows(camilla, WikiTitles.path(usable), usable);
        open(camilla, "wiki/log");
        assertThat(camilla.locator("#unusable-titles a", new Page.LocatorOptions().setHasText(unusable))).hasCount(0);

        Page mads = signedIn("medarbejder@demo.coi.dk");
        open(mads, "wiki/id/1");
        assertThat(mads.locator("#move-new-title")).hasCount(0);
    }

    @Test
    void pagesTitledLikeTheIdRouteKeepTheirOwnTools() {
        Page camilla = signedIn("coi@demo.coi.dk");
        createPage(camilla, "id");
        write(camilla, "En side, der hedder id.", "Ny side");
        open(camilla, "wiki/id/historik");
        assertThat(camilla.locator("#main-content h1")).containsText("id");
        assertThat(camilla.locator("#page-revisions li")).hasCount(1);
        open(camilla, "wiki/id/rediger");
        assertThat(camilla.locator("#page-source textarea")).hasValue("En side, der hedder id.");
    }

    @Test
    void thePreviewShowsWhyATextTooLargeToSaveIsNotShown() {
        Page mads = signedIn("medarbejder@demo.coi.dk");
        createPage(mads, "Forhåndsvisning " + UUID.randomUUID().toString().substring(0, 8));
        mads.locator("#page-source textarea").fill("**fed** " + "a".repeat(1024 * 1024));
        assertThat(mads.locator("#page-preview-refused")).containsText("højst fylde 1 MB");
        assertThat(mads.locator("#page-preview strong")).hasCount(0);
        mads.locator("#page-source textarea").fill("**fed**");
        assertThat(mads.locator("#page-preview strong")).hasText("fed");
    }

    @Test
    void twoPeopleEditAPageInTurnAndTheHistoryNamesBoth() {
        String title = "Browsertest " + UUID.randomUUID().toString().substring(0, 8);
        Page mads = signedIn("medarbejder@demo.coi.dk");
        createPage(mads, title);
        mads.locator("#page-source textarea").fill("Jobcentret i Aarhus prøvede **SMS-påmindelser**.");
        assertThat(mads.locator("#page-preview strong")).hasText("SMS-påmindelser");
        write(mads, "Jobcentret i Aarhus prøvede **SMS-påmindelser**.", "Ny side om SMS");
        assertThat(mads.locator("#page-content")).containsText("SMS-påmindelser");
        assertThat(mads.locator("#last-edit")).containsText("Mads Medarbejder");

        Page camilla = signedIn("coi@demo.coi.dk");
        openPage(camilla, title);
        camilla.locator("#edit-page").click();
        assertThat(camilla.locator("#page-source textarea")).hasValue("Jobcentret i Aarhus prøvede **SMS-påmindelser**.");
        write(camilla, "Jobcentret i Aarhus prøvede **SMS-påmindelser** med færre udeblivelser.", "Resultatet");
        assertThat(camilla.locator("#page-content")).containsText("færre udeblivelser");
        assertThat(camilla.locator("#last-edit")).containsText("Camilla COI");

        camilla.locator("#page-history").click();
        var lines = camilla.locator("#page-revisions li");
        assertThat(lines).hasCount(2);
        assertThat(lines.nth(0)).containsText("Camilla COI");
        assertThat(lines.nth(0)).containsText("Resultatet");
        assertThat(lines.nth(1)).containsText("Mads Medarbejder");
        lines.nth(0).locator(".portal-diff-link").click();
        assertThat(camilla.locator("#diff ins")).containsText("færre udeblivelser");
        camilla.locator("#diff-layout").click();
        assertThat(camilla.locator("#diff ins")).containsText("færre udeblivelser");

        openPage(camilla, title);
        camilla.locator("#page-history").click();
        camilla.locator("#page-revisions li").nth(1).locator("a").first().click();
        assertThat(camilla.locator("#main-content")).containsText("gammel version");
        assertThat(camilla.locator("#main-content")).not().containsText("færre udeblivelser");
        camilla.locator("#restore-revision").click();
        assertThat(camilla.locator("#page-content")).containsText("SMS-påmindelser");
        assertThat(camilla.locator("#page-content")).not().containsText("færre udeblivelser");
        camilla.locator("#page-history").click();
        assertThat(camilla.locator("#page-revisions li").first()).containsText("Gendannet fra version");

        open(camilla, "wiki/seneste-aendringer");
        assertThat(camilla.locator("#recent-changes li").first()).containsText(title);
        var pageLines = camilla.locator("#recent-changes li", new Page.LocatorOptions().setHasText(title));
        // The edit that created the page has MediaWiki's "new" mark instead of a diff.
        assertThat(pageLines.last().getByText("ny", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(pageLines.last().locator(".portal-diff-link")).hasCount(0);
        pageLines.nth(1).locator(".portal-diff-link").click();
        assertThat(camilla.locator("#diff ins")).containsText("færre udeblivelser");
        open(camilla, "wiki/seneste-aendringer");
        camilla.locator("#recent-changes li").first().locator(".portal-revision-author").click();
        assertThat(camilla.locator("#main-content h1")).hasText("Bidrag fra Camilla COI");
        assertThat(camilla.locator("#recent-changes")).containsText("Resultatet");
    }

    @Test
    void staffFormatWithTheToolbarMoveWithARedirectAndProtectAPage() {
        String title = "Forvaltning " + UUID.randomUUID().toString().substring(0, 8);
        String moved = "Hvordan forvalter vi sider på dansk? " + UUID.randomUUID().toString().substring(0, 4);
        Page camilla = signedIn("coi@demo.coi.dk");
        createPage(camilla, title);
        camilla.locator("#page-source textarea").fill("Se ");
        camilla.locator("#page-source textarea").press("End");
        camilla.locator("#toolbar-bold").click();
        assertThat(camilla.locator("#page-source textarea")).hasValue("Se **fed tekst**");
        assertThat(camilla.locator("#page-preview strong")).hasText("fed tekst");
        camilla.locator("#page-source textarea").press("End");
        camilla.locator("#toolbar-category").click();
        camilla.locator("#save-page").click();
        assertThat(camilla.locator("#page-categories")).containsText("Navn");

        camilla.locator("#move-page").click();
        camilla.locator("#move-new-title input").fill(moved);
        camilla.locator("#move-page-button").click();
        assertThat(camilla.locator("#main-content h1")).hasText(moved);
        // The address bar follows the page in the same round trip, but on a busy machine only after the heading.
        assertThat(camilla).not().hasURL(java.util.regex.Pattern.compile(".*/flyt$"));
        camilla.reload();
        PortalPages.waitForView(camilla);
        assertThat(camilla.locator("#main-content h1")).hasText(moved);
        open(camilla, "wiki/" + title.replace(' ', '_'));
        assertThat(camilla.locator("#main-content h1")).hasText(moved);
        assertThat(camilla.locator("#redirected-from")).containsText(title);

        camilla.locator("#steward-page").click();
        camilla.locator("#protection-level").click();
        camilla.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Kun COI")).click();
        camilla.locator("#protection-reason input").fill("Officiel vejledning");
        camilla.locator("#protect-page-button").click();
        assertThat(camilla.locator("#steward-status")).containsText("gemt");

        Page mads = signedIn("medarbejder@demo.coi.dk");
        open(mads, WikiTitles.path(moved));
        assertThat(mads.locator("#page-protected")).isVisible();
        assertThat(mads.locator("#edit-page")).hasCount(0);
        open(mads, "wiki/log");
        assertThat(mads.locator("#wiki-log li").first()).containsText(moved);
    }

    @Test
    void aWatcherSeesAChangeInTheHeaderAndOnTheWatchlistUntilLookingAtThePage() {
        String title = "Overvågning " + UUID.randomUUID().toString().substring(0, 8);
        Page mads = signedIn("medarbejder@demo.coi.dk");
        createPage(mads, title);
        assertThat(mads.locator("#watch-this-page input")).isChecked();
        write(mads, "Mads' tekst.", "Ny side");
        assertThat(mads.locator("#watch-state")).containsText("Du overvåger siden");

        Page camilla = signedIn("coi@demo.coi.dk");
        openPage(camilla, title);
        assertThat(camilla.locator("#watch-period")).hasCount(0);
        camilla.locator("#watch-start").click();
        assertThat(camilla.locator("#watch-state")).hasText("Du overvåger siden.");
        camilla.locator("#watch-period").click();
        camilla.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("i 1 uge")).click();
        assertThat(camilla.locator("#watch-state")).containsText("Du overvåger siden til");
        camilla.locator("#watch-stop").click();
        assertThat(camilla.locator("#watch-status")).containsText("fjernet");
        camilla.locator("#edit-page").click();
        write(camilla, "Mads' tekst.\n\nCamillas tilføjelse.", "Tilføjelse");
        assertThat(camilla.locator("#page-content")).containsText("Camillas tilføjelse.");

        open(mads, "wiki");
        assertThat(mads.locator("#notices-notifikationer")).containsText("(");
        mads.locator("#notices-notifikationer").click();
        var change = mads.locator("#notices li", new Page.LocatorOptions()
                .setHasText(title)).first();
        assertThat(change).containsText("Camilla COI");
        assertThat(change).containsText("Ny");
        assertThat(change).containsText("Tilføjelse");
        change.locator("a", new Locator.LocatorOptions().setHasText("ændrede siden")).click();
        assertThat(mads.locator("#diff ins", new Page.LocatorOptions().setHasText("Camillas tilføjelse."))).isVisible();

        openPage(mads, title);
        // Before: no link led to the watchlist; now it is among every watchable page's tools.
        mads.locator("#page-watchlist").click();
        assertThat(mads.locator("#main-content h1")).hasText("Min overvågningsliste");
        assertThat(mads.locator("#watch-notices li", new Page.LocatorOptions()
                .setHasText(title)).first()).not().hasClass(Pattern.compile("\\bportal-unread\\b"));
        mads.locator("#mail-settings-link").click();
        mads.locator("#mail-mode vaadin-radio-button", new Page.LocatorOptions()
                .setHasText("daglig")).click();
        mads.locator("#save-mail-settings").click();
        // Before: said in the page's status line, about 800 px above the button, off the screen.
        assertThat(mads.locator("#mail-settings-status")).containsText("gemt");
        assertThat(mads.locator("#mail-settings-status")).isInViewport();
        assertThat(mads.locator("#notices-status")).isEmpty();
        open(mads, "notifikationer");
        assertThat(mads.locator("#mail-mode vaadin-radio-button[checked]")).containsText("daglig");
    }

    @Test
    void openingAWatchedPageReadsOnlyItsOwnNoticesAWatcherHearsOfADeletionAndMarksTheRestRead() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String opened = "Åbnet " + suffix;
        String other = "Andet " + suffix;
        String deleted = "Slettet " + suffix;
        Page mads = signedIn("medarbejder@demo.coi.dk");
        for (String title : new String[] {opened, other, deleted}) {
            createPage(mads, title);
            write(mads, "Første tekst.", "Ny side");
            assertThat(mads.locator("#page-content")).containsText("Første tekst.");
        }

        Page camilla = signedIn("coi@demo.coi.dk");
        for (String title : new String[] {opened, other}) {
            openPage(camilla, title);
            camilla.locator("#edit-page").click();
            write(camilla, "Første tekst, rettet.", "Rettelse");
            assertThat(camilla.locator("#page-content")).containsText("rettet");
        }
        openPage(camilla, deleted);
        camilla.locator("#steward-page").click();
        camilla.locator("#delete-page-button").click();
        camilla.locator("#delete-reason input").fill("Dublet af en anden side");
        camilla.locator("#delete-confirm-button").click();
        assertThat(camilla.locator("#steward-status")).containsText("slettet");

        openPage(mads, opened);
        open(mads, "notifikationer");
        Pattern unread = Pattern.compile("\\bportal-unread\\b");
        assertThat(noticeOf(mads, opened)).not().hasClass(unread);
        assertThat(noticeOf(mads, other)).hasClass(unread);
        Locator deletion = noticeOf(mads, deleted);
        assertThat(deletion).hasClass(unread);
        assertThat(deletion).containsText("slettede siden");
        assertThat(deletion).containsText("Camilla COI");
        assertThat(deletion).containsText("Dublet af en anden side");

        deletion.locator("a", new Locator.LocatorOptions().setHasText("slettede siden")).click();
        assertThat(mads.locator("#page-deleted")).isVisible();
        open(mads, "notifikationer");
        assertThat(noticeOf(mads, deleted)).not().hasClass(unread);
        assertThat(noticeOf(mads, other)).hasClass(unread);

        // Before: the header kept its count until the next page, and the focus fell to the document's body.
        mads.locator("#mark-all-read").click();
        assertThat(mads.locator("#notices-status")).hasText("Alle beskeder er markeret som læst.");
        assertHasFocus(mads.locator("#notices-status"));
        assertThat(mads.locator("#notices-notifikationer")).hasText("Beskeder");
        assertThat(noticeOf(mads, other)).not().hasClass(unread);

        // What one follows is listed by the wiki's watchlist, reached from the notices and the wiki's front page.
        mads.locator("#followed-list-wiki-overvaagning").click();
        assertThat(mads.locator("#main-content h1")).hasText("Min overvågningsliste");
        open(mads, "wiki");
        mads.locator("#watchlist-link").click();
        assertThat(mads.locator("#main-content h1")).hasText("Min overvågningsliste");
    }

    /** The newest notice about the page in the list of notices. */
    private static Locator noticeOf(Page page, String title) {
        return page.locator("#notices li", new Page.LocatorOptions().setHasText(title)).first();
    }

    @Test
    void peopleDiscussAPageOnItsTalkPageReportACommentToTheModerationQueueAndStaffCanHideAComment() {
        String title = "Drøftelse " + UUID.randomUUID().toString().substring(0, 8);
        Page mads = signedIn("medarbejder@demo.coi.dk");
        createPage(mads, title);
        write(mads, "Et forslag til drøftelse.", "Ny side");
        mads.locator("#page-talk").click();
        mads.locator("#comment-text-new textarea").fill("Hvad siger I til **forslaget**?");
        mads.locator("#comment-send-new").click();
        var question = mads.locator("#talk-comments article").first();
        assertThat(question).containsText("Mads Medarbejder");
        assertThat(question.locator("strong")).hasText("forslaget");

        Page birgitte = signedIn("borger@demo.coi.dk");
        open(birgitte, "wiki/" + title.replace(' ', '_') + "/diskussion");
        birgitte.locator("#talk-comments article").first().locator("vaadin-button", new Locator.LocatorOptions().setHasText("Svar")).click();
        birgitte.locator("#talk-comments article textarea").fill("Godt forslag, men hvad koster det?");
        birgitte.locator("#talk-comments article vaadin-button", new Page.LocatorOptions()
                .setHasText("Send svar")).click();
        var reply = birgitte.locator("#talk-comments article.portal-comment-depth-1");
        assertThat(reply).containsText("Birgitte Borger");
        assertThat(reply).containsText("hvad koster det?");
        birgitte.locator("#comment-send-new").click();
        assertThat(birgitte.locator("#comment-text-new")).containsText("Skriv en kommentar først.");

        var toReport = birgitte.locator("#talk-comments article").first();
        toReport.locator("vaadin-button[id^=report-start-]").click();
        toReport.locator("vaadin-select[id^=report-category-]").click();
        birgitte.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Uden for emnet")).click();
        toReport.locator("vaadin-text-field[id^=report-reason-] input").fill("Hører til en anden side");
        toReport.locator("vaadin-button[id^=report-send-]").click();
        assertThat(toReport.locator("[id^=report-status-]")).containsText("Din rapport er sendt til COI");

        Page camilla = signedIn("coi@demo.coi.dk");
        open(camilla, "moderation");
        var reported = camilla.locator("section[id^=moderation-item-]", new Page.LocatorOptions().setHasText(title));
        assertThat(reported).containsText("Hvad siger I til forslaget?");
        assertThat(reported).containsText("Birgitte Borger");
        assertThat(reported).containsText("Hører til en anden side");
        reported.locator("vaadin-button[id^=dismiss-start-]").click();
        reported.locator("vaadin-text-field[id^=moderation-reason-] input").fill("Et rimeligt spørgsmål");
        reported.locator("vaadin-button[id^=dismiss-]:not([id^=dismiss-start-])").click();
        assertThat(camilla.locator("#moderation-items [id^=moderation-status-]")).containsText("afvist");
        assertThat(reported).hasCount(0);
        // Other tests' decisions may be logged at a later test-clock time, so this one is found by its reason.
        assertThat(camilla.locator("#moderation-log li", new Page.LocatorOptions().setHasText("Et rimeligt spørgsmål")))
                .hasCount(1);

        open(camilla, "wiki/" + title.replace(' ', '_') + "/diskussion");
        var toHide = camilla.locator("#talk-comments article.portal-comment-depth-1");
        assertThat(toHide.locator("vaadin-text-field")).hasCount(0);
        toHide.locator("vaadin-button[id^=hide-start-]").click();
        toHide.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Skjul kommentar")).click();
        assertThat(toHide.locator("vaadin-text-field")).hasAttribute("invalid", "");
        assertThat(toHide.locator("vaadin-text-field")).containsText("Skriv en begrundelse.");
        assertHasFocus(toHide.locator("vaadin-text-field input"));
        toHide.locator("vaadin-text-field input").fill("Uden for emnet");
        toHide.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Skjul kommentar")).click();
        assertThat(toHide.locator("[id^=comment-status-]")).containsText("skjult");

        Page visitor = visitor(1280, 900);
        open(visitor, "wiki/" + title.replace(' ', '_') + "/diskussion");
        assertThat(visitor.locator("#talk-comments")).containsText("Kommentaren er skjult af COI: Uden for emnet");
        assertThat(visitor.locator("#talk-comments")).not().containsText("hvad koster det?");
        assertThat(visitor.locator("#talk-login")).isVisible();
        open(visitor, "wiki/log");
        assertThat(visitor.locator("#wiki-log li").first()).containsText("skjulte en kommentar");
    }

    @Test
    void theHeaderSearchSuggestsTitlesWhileTyping() {
        Page page = visitor(1280, 900);
        // The header of the Vaadin screens suggests titles; the server-rendered pages' header only searches.
        open(page, "login");
        page.locator("#header-search input").pressSequentially("syv pri");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("De syv principper")).click();
        assertThat(page.locator("#main-content h1")).hasText("De syv principper");
    }

    @Test
    void staffReviewAnOfficialPageRollBackAndPatrolEditsAndDeleteAndUndeleteAPage() {
        String official = "Officiel " + UUID.randomUUID().toString().substring(0, 8);
        Page camilla = signedIn("coi@demo.coi.dk");
        createPage(camilla, official);
        write(camilla, "Den officielle tekst.", "Ny officiel side");
        camilla.locator("#steward-page").click();
        camilla.locator("#protection-review input").check();
        camilla.locator("#protection-reason input").fill("Officiel vejledning");
        camilla.locator("#protect-page-button").click();
        assertThat(camilla.locator("#steward-status")).containsText("gemt");

        Page mads = signedIn("medarbejder@demo.coi.dk");
        openPage(mads, official);
        assertThat(mads.locator("#edit-page")).isVisible();
        assertThat(mads.locator("#move-page")).hasCount(0);
        open(mads, WikiTitles.path(official) + "/flyt");
        assertThat(mads.locator("#move-staff-only")).isVisible();
        assertThat(mads.locator("#move-new-title")).hasCount(0);
        openPage(mads, official);
        mads.locator("#edit-page").click();
        assertThat(mads.locator("#edit-review-notice")).isVisible();
        write(mads, "Den officielle tekst, forbedret af Mads.", "Forslag");
        assertThat(mads.locator("#page-content")).containsText("Den officielle tekst.");
        assertThat(mads.locator("#page-reviewed")).containsText("1");

        open(camilla, "wiki/gennemsyn");
        var pending = camilla.locator("section", new Page.LocatorOptions().setHasText(official));
        assertThat(pending.locator("ins")).containsText("forbedret");
        pending.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Offentliggør")).click();
        assertThat(camilla.locator("#review-status")).containsText("offentliggjort");
        openPage(camilla, official);
        assertThat(camilla.locator("#page-content")).containsText("forbedret af Mads");
        assertThat(camilla.locator("#last-edit")).containsText("Mads Medarbejder");
        openPage(mads, official);
        mads.locator("#page-history").click();
        mads.locator("#page-revisions li").first().locator(".portal-revision-author").click();
        assertThat(mads.locator("#my-proposals li", new Page.LocatorOptions().setHasText(official)))
                .containsText("Offentliggjort");

        String vandalised = "Tilbageføres " + UUID.randomUUID().toString().substring(0, 8);
        createPage(camilla, vandalised);
        write(camilla, "God tekst.", "Start");
        openPage(mads, vandalised);
        mads.locator("#edit-page").click();
        write(mads, "Dårlig tekst.", "Første");
        mads.locator("#edit-page").click();
        write(mads, "Endnu værre tekst.", "Anden");

        open(camilla, "wiki/seneste-aendringer?dage=1&upatruljeret=ja");
        var unpatrolled = camilla.locator("#recent-changes li", new Page.LocatorOptions().setHasText(vandalised));
        assertThat(unpatrolled).hasCount(2);
        unpatrolled.first().locator("vaadin-button").click();
        assertThat(unpatrolled).hasCount(1);

        openPage(camilla, vandalised);
        camilla.locator("#page-history").click();
        camilla.locator("#rollback").click();
        assertThat(camilla.locator("#page-revisions li").first()).containsText("Tilbageført til version");
        openPage(camilla, vandalised);
        assertThat(camilla.locator("#page-content")).hasText("God tekst.");
        // The rolled-back edit counts as patrolled, and so does the rollback itself, made by staff.
        open(camilla, "wiki/seneste-aendringer?dage=1&upatruljeret=ja");
        assertThat(camilla.locator("#recent-changes li", new Page.LocatorOptions().setHasText(vandalised)))
                .hasCount(0);

        openPage(camilla, vandalised);
        camilla.locator("#steward-page").click();
        camilla.locator("#delete-page-button").click();
        assertThat(camilla.locator("#delete-confirm-button")).isVisible();
        assertHasFocus(camilla.locator("#delete-reason input"));
        camilla.locator("#delete-confirm-button").click();
        assertThat(camilla.locator("#delete-reason")).hasAttribute("invalid", "");
        assertThat(camilla.locator("#delete-reason")).containsText("Skriv en begrundelse.");
        camilla.locator("#delete-reason input").fill("Dublet");
        camilla.locator("#delete-confirm-button").press("Enter");
        assertThat(camilla.locator("#steward-status")).containsText("slettet");
        assertThat(camilla.locator("#delete-confirm-button")).hasCount(0);
        // The button that opened the dialog is gone: the focus is on what was done, not on the page's body.
        assertHasFocus(camilla.locator("#steward-status"));
        // Starting the next step clears what was said of the last one.
        camilla.locator("#undelete-page-button").click();
        assertHasFocus(camilla.locator("#delete-reason input"));
        assertThat(camilla.locator("#steward-status")).not().containsText("slettet");
        camilla.keyboard().press("Escape");
        assertThat(camilla.locator("#delete-confirm-button")).hasCount(0);
        Page visitor = visitor(1280, 900);
        open(visitor, WikiTitles.path(vandalised));
        assertThat(visitor.locator("#page-deleted")).isVisible();
        assertThat(visitor.locator("#page-content")).hasCount(0);
        open(camilla, "wiki/log");
        camilla.locator("#deleted-pages a", new Page.LocatorOptions().setHasText(vandalised)).click();
        camilla.locator("#undelete-page-button").click();
        assertHasFocus(camilla.locator("#delete-reason input"));
        camilla.locator("#delete-reason input").fill("Alligevel nyttig");
        camilla.locator("#delete-confirm-button").press("Enter");
        assertThat(camilla.locator("#steward-status")).containsText("gendannet");
        assertHasFocus(camilla.locator("#steward-status"));
        open(visitor, WikiTitles.path(vandalised));
        assertThat(visitor.locator("#page-content")).hasText("God tekst.");
        visitor.locator("#page-history").click();
        assertThat(visitor.locator("#page-revisions li").first()).containsText("Gendannet efter sletning: Alligevel nyttig");
        assertThat(visitor.locator("#page-revisions li").first()).containsText("Camilla COI");

        // Recent changes shows the deletion and the undeletion as log lines between the edits.
        open(visitor, "wiki/seneste-aendringer?dage=1");
        var aboutThePage = visitor.locator("#recent-changes li", new Page.LocatorOptions().setHasText(vandalised));
        assertThat(aboutThePage.filter(new Locator.FilterOptions().setHasText("slettede"))).containsText("Dublet");
        assertThat(aboutThePage.filter(new Locator.FilterOptions().setHasText("gendannede")))
                .containsText("Alligevel nyttig");
        open(visitor, "wiki/log");
        assertThat(visitor.locator("#wiki-log")).not().containsText("REVIEW");
        assertThat(visitor.locator("#wiki-log li", new Page.LocatorOptions().setHasText(official))
                .filter(new Locator.FilterOptions().setHasText("ændrede beskyttelsen af")))
                .containsText("Må redigeres af: Alle, der er logget ind. Ændringer fra andre end COI's medarbejdere gennemses.");
    }

    /**
     * MediaWiki's history comparison: any two revisions picked with the "fra" and "til" radio buttons, by keyboard
     * on a phone's width, always the older from and the newer to, then shown as their difference.
     */
    @Test
    void anyTwoRevisionsArePickedInTheHistoryAndCompared() {
        String title = "Sammenlign " + UUID.randomUUID().toString().substring(0, 8);
        Page camilla = signedIn("coi@demo.coi.dk");
        createPage(camilla, title);
        write(camilla, "Første udgave.", "En");
        camilla.locator("#edit-page").click();
        write(camilla, "Anden udgave.", "To");
        camilla.locator("#edit-page").click();
        write(camilla, "Tredje udgave.", "Tre");

        Page phone = visitor(360, 780);
        open(phone, WikiTitles.path(title) + "/historik");
        var lines = phone.locator("#page-revisions li");
        assertThat(lines).hasCount(3);
        Locator newestTo = lines.nth(0).locator("input[name=til]");
        Locator middleFrom = lines.nth(1).locator("input[name=fra]");
        Locator oldestFrom = lines.nth(2).locator("input[name=fra]");
        assertThat(newestTo).isChecked();
        assertThat(middleFrom).isChecked();
        assertThat(newestTo).hasAttribute("aria-label",
                java.util.regex.Pattern.compile("^Sammenlign til version \\d+ \\("));
        // Never from the newest, never to the oldest.
        assertThat(lines.nth(0).locator("input[name=fra]")).isDisabled();
        assertThat(lines.nth(2).locator("input[name=til]")).isDisabled();

        middleFrom.focus();
        phone.keyboard().press("ArrowDown");
        assertThat(oldestFrom).isChecked();
        assertHasFocus(oldestFrom);
        // To the middle revision, now that it is after the one picked from.
        assertThat(lines.nth(1).locator("input[name=til]")).isEnabled();
        assertThat(phone.locator("#compare-revisions")).isInViewport();
        phone.locator("#compare-revisions").focus();
        phone.keyboard().press("Enter");

        phone.waitForURL(url -> url.contains("/forskel?"));
        assertThat(phone.locator("#diff")).containsText("Første udgave.");
        assertThat(phone.locator("#diff")).containsText("Tredje udgave.");
        Object overflow = phone.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth");
        org.assertj.core.api.Assertions.assertThat(overflow).as("no sideways scrolling at 360 px").isEqualTo(false);
    }
}
