package dk.coi.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The signed-in state (cookies) of each person signed in by {@link #signedIn} in this class, by e-mail. */
    private static final Map<String, String> signIns = new HashMap<>();

    @BeforeAll
    static void startBrowser() {
        browser = BrowserSession.shared();
        signIns.clear();
    }

    /**
     * A new visitor, without cookies, whose window is {@code width} × {@code height} pixels. Whatever the portal
     * does in it must keep to its Content-Security-Policy (checked after each test).
     */
    Page visitor(int width, int height) {
        return visitor(width, height, null);
    }

    private Page visitor(int width, int height, String storageState) {
        Page page = browser.newVisitor("http://localhost:" + port + "/", width, height, storageState);
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(page.url() + ": " + message.text());
            }
        });
        visitors.add(page);
        return page;
    }

    /**
     * A new 1280 × 900 window of a person signed in with the login form, on the front page. A person signed in so
     * before in this test class gets a new window in the same session (as a second browser tab), which saves the
     * login; should that session have ended, the person signs in again.
     */
    Page signedIn(String email, String password) {
        String state = signIns.get(email);
        if (state != null) {
            Page page = visitor(1280, 900, state);
            PortalPages.open(page, "");
            page.locator("#current-person, #login-link").first().waitFor();
            if (page.locator("#current-person").count() > 0) {
                return page;
            }
            page.context().close();
            visitors.remove(page);
        }
        Page page = visitor(1280, 900);
        PortalPages.signInAndWait(page, email, password);
        signIns.put(email, page.context().storageState());
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
