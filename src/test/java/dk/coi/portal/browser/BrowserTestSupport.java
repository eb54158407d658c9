package dk.coi.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One Chromium shared by every browser test class in the JVM, and fresh visitors on the portal under test. When a
 * test fails, a screenshot of every visitor's window goes to {@code target/browser-failures/}.
 */
abstract class BrowserTestSupport {

    private static BrowserSession browser;
    private final List<Page> visitors = new ArrayList<>();
    private final List<String> policyViolations = new ArrayList<>();

    @RegisterExtension
    final TestWatcher screenshotsOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            for (int i = 0; i < visitors.size(); i++) {
                visitors.get(i).screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of(
                        "target/browser-failures", context.getDisplayName().replaceAll("\\W+", "") + "-" + i + ".png")));
            }
            closeVisitors();
        }

        @Override
        public void testSuccessful(ExtensionContext context) {
            closeVisitors();
        }

        @Override
        public void testAborted(ExtensionContext context, Throwable cause) {
            closeVisitors();
        }
    };

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = BrowserSession.shared();
    }

    /**
     * A new visitor, without cookies, whose window is {@code width} × {@code height} pixels. Whatever the portal
     * does in it must keep to its Content-Security-Policy (checked after each test).
     */
    Page visitor(int width, int height) {
        Page page = browser.newVisitor("http://localhost:" + port + "/", width, height);
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(page.url() + ": " + message.text());
            }
        });
        visitors.add(page);
        return page;
    }

    @AfterEach
    void keptToTheContentSecurityPolicy() {
        assertThat(policyViolations).as("Content-Security-Policy violations").isEmpty();
    }

    private void closeVisitors() {
        visitors.forEach(page -> page.context().close());
        visitors.clear();
    }
}
