package dk.coi.portal.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium through Playwright: Debian's /usr/bin/chromium when installed (no browser download is
 * possible on the CI machines), Playwright's own browser otherwise.
 */
public final class BrowserSession implements AutoCloseable {

    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

    private static BrowserSession shared;

    private final Playwright playwright;
    private final Browser browser;

    /**
     * The one Chromium every browser test class of this JVM shares (launched at first use, closed when the JVM
     * ends), so a class pays for fresh windows only, not for a browser launch; launched again should it have died.
     */
    public static synchronized BrowserSession shared() {
        if (shared == null) {
            Runtime.getRuntime().addShutdownHook(new Thread(BrowserSession::closeShared, "close-shared-chromium"));
        } else if (!shared.browser.isConnected()) {
            closeShared();
        }
        if (shared == null) {
            shared = new BrowserSession();
        }
        return shared;
    }

    private static synchronized void closeShared() {
        if (shared != null) {
            try {
                shared.close();
            } catch (RuntimeException alreadyGone) {
                // The browser or its driver has ended already.
            }
            shared = null;
        }
    }

    public BrowserSession() {
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync"));
        if (Files.isExecutable(DEBIAN_CHROMIUM)) {
            options.setExecutablePath(DEBIAN_CHROMIUM);
        }
        this.browser = playwright.chromium().launch(options);
    }

    /** A new, cookie-free visitor whose relative links resolve against {@code baseUrl}. */
    public Page newVisitor(String baseUrl, int width, int height) {
        return newVisitor(baseUrl, width, height, null);
    }

    /** A new visitor with the cookies and storage of another's {@code storageState}, or none when it is null. */
    public Page newVisitor(String baseUrl, int width, int height, String storageState) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setViewportSize(width, height)
                .setLocale("da-DK")
                .setStorageState(storageState));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    /** The browser's name and version, for reports. */
    public String version() {
        return browser.browserType().name() + " " + browser.version();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
