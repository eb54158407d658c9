package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.open;
import static dk.coi.portal.browser.PortalPages.signInAndWait;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.wiki.WikiTitles;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The editor never loses typed text without asking: leaving inside the portal, and closing the tab. */
@PortalTest
class WikiEditorBrowserTest extends BrowserTestSupport {

    private Page editorOfNewPage(String title) {
        Page page = visitor(1280, 900);
        signInAndWait(page, "medarbejder@demo.coi.dk", "demo");
        open(page, WikiTitles.path(title) + "/rediger");
        return page;
    }

    @Test
    void leavingWithUnsavedTextInsideThePortalAsksFirst() {
        String title = "Editor " + UUID.randomUUID().toString().substring(0, 8);
        Page mads = editorOfNewPage(title);
        mads.locator("#page-source textarea").fill("Tekst, der ikke er gemt.");
        mads.locator("#page-source textarea").blur();

        mads.locator("#nav-wiki").click();
        assertThat(mads.getByText("Forlad siden uden at gemme?")).isVisible();
        mads.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bliv og gem")).click();
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
