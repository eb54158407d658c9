package dk.coi.portal.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One Chromium per test class, and fresh visitors on the portal under test. */
abstract class BrowserTestSupport {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    /** A new visitor, without cookies, whose window is {@code width} × {@code height} pixels. */
    Page visitor(int width, int height) {
        return browser.newVisitor("http://localhost:" + port + "/", width, height);
    }
}
