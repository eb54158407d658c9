package dk.coi.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The browser tests check a page without frames by one {@code axe.run} in the page (axe's legacy mode, see
 * {@link AccessibilityTest#assertNoViolations}): on a page with violations of several kinds, in the light and the
 * shadow DOM, it finds exactly what axe's frame-by-frame mode finds.
 */
class AxeModesTest {

    private static final String FAULTY = """
            <html><head><title>Fejl</title></head><body>
            <main><h1>Fejl</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><a href="/x"></a>
            <input type="text"><p style="color:#ccc;background:#fff">Lys tekst</p>
            <div id="host"></div></main>
            <script>document.getElementById('host').attachShadow({mode: 'open'}).innerHTML = '<button></button>';</script>
            </body></html>""";

    @Test
    void legacyModeFindsWhatTheFrameByFrameModeFinds() {
        Page page = BrowserSession.shared().newVisitor("http://localhost/", 1280, 900);
        try {
            page.setContent(FAULTY);
            assertThat(page.frames()).hasSize(1);
            List<String> legacy = violations(new AxeBuilder(page).setLegacyMode(true));
            List<String> frameByFrame = violations(new AxeBuilder(page));

            assertThat(legacy).contains("html-has-lang: 1", "image-alt: 1", "link-name: 1", "label: 1",
                    "color-contrast: 1", "button-name: 1").isEqualTo(frameByFrame);
        } finally {
            page.context().close();
        }
    }

    /** Each violated rule with the number of elements that violate it. */
    private static List<String> violations(AxeBuilder axe) {
        return axe.withTags(AccessibilityTest.WCAG_21_AA).analyze().getViolations().stream().map(rule -> rule.getId() + ": " + rule.getNodes().size()).sorted().toList();
    }
}
