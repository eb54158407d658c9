package dk.coi.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.coi.portal.browser.PortalPages.open;
import static dk.coi.portal.browser.PortalPages.signInAndWait;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.coi.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

/**
 * Comments on ideas in a browser: a participant finds the stance set to neutral, comments for the idea, replies to a
 * comment and sees both in the thread with the stances counted; a reader who is not signed in reads them, stance in
 * words, on the server-rendered page with a link to sign in to comment.
 */
@PortalTest
class IdeaCommentBrowserTest extends BrowserTestSupport {

    private static final String STORM = "idestorme/1-unge-ledige-til-samtalen-i-jobcentret";
    private static final String IDEA = "Skriv, hvad samtalen skal handle om";

    @Test
    void aParticipantCommentsWithAStanceAndRepliesAndAReaderReadsBoth() {
        Page mads = visitor(1280, 900);
        signInAndWait(mads, "medarbejder@demo.coi.dk", "demo");
        open(mads, STORM);
        mads.locator("#storm-idea-cards a", new Page.LocatorOptions().setHasText(IDEA)).click();
        assertThat(mads.locator("#main-content h1")).hasText(IDEA);
        assertThat(mads.locator("#idea-stance-counts")).hasText("0 for, 0 imod, 0 neutrale");

        // Neutral unless the writer says otherwise.
        assertThat(mads.locator("#comment-stance vaadin-radio-button[checked]")).hasText("Neutral");
        mads.locator("#comment-text-new textarea").fill("Så kan jeg *forberede* mig.");
        mads.locator("#comment-stance vaadin-radio-button", new Page.LocatorOptions().setHasText("For")).click();
        mads.locator("#comment-send-new").click();
        Locator thread = mads.locator("#idea-comment-thread");
        assertThat(thread.locator("article")).hasCount(1);
        assertThat(thread.locator("article em")).hasText("forberede");
        assertThat(thread.locator("article .portal-comment-label")).hasText("For");
        assertThat(mads.locator("#idea-stance-counts")).hasText("1 for, 0 imod, 0 neutrale");
        assertThat(mads.locator("#comment-stance")).not().hasAttribute("invalid", "");
        // Ready for the next comment: neutral again.
        assertThat(mads.locator("#comment-stance vaadin-radio-button[checked]")).hasText("Neutral");

        thread.locator("vaadin-button[id^='reply-']").click();
        thread.locator("vaadin-text-area[id^='comment-text-'] textarea").fill("Og husk at skrive, hvad jeg skal tage med.");
        thread.locator("vaadin-button[id^='comment-send-']").click();
        assertThat(thread.locator("article")).hasCount(2);
        assertThat(thread.locator("article.portal-comment-depth-1")).containsText("Og husk at skrive");
        assertThat(thread.locator("article.portal-comment-depth-1 .portal-comment-label")).hasCount(0);
        String address = mads.url();

        Page reader = visitor(1280, 900);
        open(reader, address.replaceFirst("^https?://[^/]+/", ""));
        assertThat(reader.locator("vaadin-app-layout")).hasCount(0);
        assertThat(reader.locator("#idea-stance-counts")).hasText("1 for, 0 imod, 0 neutrale");
        assertThat(reader.locator("#idea-comment-thread article")).hasCount(2);
        assertThat(reader.locator("#idea-comment-thread article").first()).containsText("Mads Medarbejder");
        assertThat(reader.locator("#idea-comment-thread article").first().locator(".portal-comment-label"))
                .hasText("For");
        assertThat(reader.locator("#idea-comment-thread article.portal-comment-depth-1"))
                .containsText("Og husk at skrive, hvad jeg skal tage med.");
        assertThat(reader.locator("#idea-comment-login a")).hasText("Log ind for at kommentere");
    }
}
