package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.open;
import static dk.coi.portal.browser.PortalPages.signInAndWait;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.coi.portal.identity.Role;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.wiki.PageProtection;
import dk.coi.portal.wiki.WikiEdit;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiStewardshipService;
import dk.coi.portal.wiki.WikiTitles;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The editor never loses typed text without asking: leaving inside the portal, and closing the tab. */
@PortalTest
class WikiEditorBrowserTest extends BrowserTestSupport {

    @Autowired
    SignedIn signedInService;
    @Autowired
    WikiService wiki;
    @Autowired
    WikiStewardshipService stewardship;

    private Page editorOfNewPage(String title) {
        Page page = visitor(1280, 900);
        signInAndWait(page, "medarbejder@demo.coi.dk", "demo");
        open(page, WikiTitles.path(title) + "/rediger");
        return page;
    }

    private Page signedIn(String email) {
        Page page = visitor(1280, 900);
        signInAndWait(page, email, "demo");
        return page;
    }

    private static void editWith(Page page, String text, String summary) {
        page.locator("#page-source textarea").fill(text);
        page.locator("#edit-summary input").fill(summary);
        page.locator("#save-page").click();
    }

    /** Two people open the same page's editor; returns them, the first to save first. */
    private Page[] bothEditing(String title, String firstEmail, String secondEmail) {
        Page starter = signedIn(firstEmail);
        open(starter, WikiTitles.path(title) + "/rediger");
        editWith(starter, "Linje et.\nLinje to.\nLinje tre.\nLinje fire.", "Start");
        assertThat(starter.locator("#page-content")).containsText("Linje fire.");
        // As in MediaWiki: the saved page says so at its top, where the reader is taken.
        assertThat(starter.locator("#page-saved")).hasText("Din ændring er gemt.");
        assertThat(starter.locator("#main-content h1")).isFocused();
        Page second = signedIn(secondEmail);
        open(starter, WikiTitles.path(title) + "/rediger");
        open(second, WikiTitles.path(title) + "/rediger");
        assertThat(second.locator("#page-source textarea")).hasValue("Linje et.\nLinje to.\nLinje tre.\nLinje fire.");
        return new Page[] {starter, second};
    }

    @ParameterizedTest
    @CsvSource({"medarbejder@demo.coi.dk, coi@demo.coi.dk", "coi@demo.coi.dk, medarbejder@demo.coi.dk"})
    void changesToDifferentLinesAreMergedAndSavedWithANote(String first, String second) {
        String title = "Fletning " + UUID.randomUUID().toString().substring(0, 8);
        Page[] people = bothEditing(title, first, second);

        editWith(people[0], "Linje et, rettet.\nLinje to.\nLinje tre.\nLinje fire.", "Første");
        assertThat(people[0].locator("#page-content")).containsText("Linje et, rettet.");
        editWith(people[1], "Linje et.\nLinje to.\nLinje tre.\nLinje fire, rettet.", "Anden");

        assertThat(people[1].getByText("Jeres ændringer rørte forskellige dele")).isVisible();
        assertThat(people[1].locator("#page-content")).containsText("Linje et, rettet.");
        assertThat(people[1].locator("#page-content")).containsText("Linje fire, rettet.");
    }

    @ParameterizedTest
    @CsvSource({"medarbejder@demo.coi.dk, coi@demo.coi.dk", "coi@demo.coi.dk, medarbejder@demo.coi.dk"})
    void changesToTheSameLineAreDecidedBeforeTheSaveCanUndoAnything(String first, String second) {
        String title = "Konflikt " + UUID.randomUUID().toString().substring(0, 8);
        Page[] people = bothEditing(title, first, second);

        editWith(people[0], "Linje et.\nDeres linje to.\nLinje tre.\nLinje fire.", "Første");
        assertThat(people[0].locator("#page-content")).containsText("Deres linje to.");
        Page late = people[1];
        editWith(late, "Linje et.\nMin linje to.\nLinje tre.\nLinje fire, rettet.", "Anden");

        assertThat(late.locator("#edit-conflict")).isVisible();
        assertThat(late.locator("#overlap-diff-1")).containsText("Deres linje to.");
        assertThat(late.locator("#overlap-diff-1")).containsText("Min linje to.");
        assertThat(late.locator("#save-page")).isDisabled();
        assertThat(late.locator("#apply-merge")).isDisabled();
        late.locator("#overlap-choice-1").getByText("Begge: den gemte version og derefter din").click();
        late.locator("#apply-merge").click();
        assertThat(late.locator("#page-source textarea"))
                .hasValue("Linje et.\nDeres linje to.\nMin linje to.\nLinje tre.\nLinje fire, rettet.");
        late.locator("#save-page").click();

        assertThat(late.locator("#page-content")).containsText("Deres linje to.");
        assertThat(late.locator("#page-content")).containsText("Min linje to.");
        assertThat(late.locator("#page-content")).containsText("Linje fire, rettet.");
    }

    @Test
    void aProtectedPagesEditorRefusesBeforeAnythingIsTyped() {
        String title = "Beskyttet " + UUID.randomUUID().toString().substring(0, 8);
        signedInService.newPerson("Sara Stab", Role.COI_STAFF);
        wiki.save(new WikiEdit(title, "Officiel tekst", "Start", false, null));
        stewardship.protect(title, PageProtection.STAFF, false, "Hærværk");
        signedInService.clear();

        Page mads = signedIn("medarbejder@demo.coi.dk");
        open(mads, WikiTitles.path(title) + "/rediger");
        assertThat(mads.locator("#edit-refused")).containsText("kun COI's medarbejdere");
        assertThat(mads.locator("#page-source")).hasCount(0);
    }

    @Test
    void leavingWithUnsavedTextInsideThePortalAsksFirst() {
        String title = "Editor " + UUID.randomUUID().toString().substring(0, 8);
        Page mads = editorOfNewPage(title);
        mads.locator("#page-source textarea").fill("Tekst, der ikke er gemt.");
        mads.locator("#page-source textarea").blur();

        mads.locator("#nav-wiki").click();
        assertThat(mads.getByText("Forlad siden uden at gemme?")).isVisible();
        assertThat(mads.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bliv på siden"))).isFocused();
        mads.keyboard().press("Enter");
        // Enter stays: the safe button has the focus.
        assertThat(mads.getByText("Forlad siden uden at gemme?")).isHidden();
        assertThat(mads.locator("#page-source textarea")).hasValue("Tekst, der ikke er gemt.");

        mads.locator("#nav-wiki").click();
        mads.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Forlad siden")).click();
        assertThat(mads.locator("#main-content h1")).not().containsText(title);
    }

    @Test
    void closingTheTabWithUnsavedTextLetsTheBrowserAskAndASavedTextDoesNot() {
        String title = "Editor " + UUID.randomUUID().toString().substring(0, 8);
        Page mads = editorOfNewPage(title);
        List<String> asked = new ArrayList<>();
        mads.onDialog(dialog -> {
            asked.add(dialog.type());
            dialog.dismiss();
        });
        mads.locator("#page-source textarea").fill("Ikke gemt endnu.");
        mads.locator("#page-source textarea").blur();
        mads.locator("#page-preview").getByText("Ikke gemt endnu.").waitFor();

        mads.close(new Page.CloseOptions().setRunBeforeUnload(true));
        mads.waitForCondition(() -> !asked.isEmpty());
        org.assertj.core.api.Assertions.assertThat(asked).containsExactly("beforeunload");

        Page again = editorOfNewPage(title);
        List<String> askedAfterSaving = new ArrayList<>();
        again.onDialog(dialog -> askedAfterSaving.add(dialog.type()));
        again.locator("#page-source textarea").fill("Gemt tekst.");
        again.locator("#edit-summary input").fill("Ny side");
        again.locator("#save-page").click();
        assertThat(again.locator("#page-content")).containsText("Gemt tekst.");
        again.waitForClose(() -> again.close(new Page.CloseOptions().setRunBeforeUnload(true)));
        org.assertj.core.api.Assertions.assertThat(askedAfterSaving).isEmpty();
    }
}
