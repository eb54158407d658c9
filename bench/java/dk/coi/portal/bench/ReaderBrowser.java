package dk.coi.portal.bench;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitUntilState;
import dk.coi.portal.browser.BrowserSession;
import dk.coi.portal.browser.PortalPages;
import java.util.ArrayList;
import java.util.List;

/**
 * Headless Debian Chromium (the browser tests' {@link BrowserSession}) timing what a reader waits for: from the
 * navigation's start until a known text of the page is visible. A script injected before the page's own
 * scripts looks for the text at every animation frame — in the page's text or in a text field (the editor) —
 * and notes {@code performance.now()}, which counts from the navigation's start, once an element holding it is
 * laid out and visible. Frames are not drawn before render-blocking styles arrive, so the time is at most one
 * frame (17 ms) early or late; it does not wait for web fonts.
 */
final class ReaderBrowser implements AutoCloseable {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;

    /** Runs in the page from the start of each navigation; NEEDLE is replaced by the text as a JS string. */
    private static final String WATCH = """
            (() => {
              const needle = NEEDLE;
              const quoted = '"' + needle + '"';
              const xpath = '//body//*[not(self::script or self::style or self::template)][contains(., ' + quoted
                  + ')][not(*[contains(., ' + quoted + ')])]';
              const visible = element => {
                const box = element.getBoundingClientRect();
                return box.width > 0 && box.height > 0
                    && element.checkVisibility({opacityProperty: true, visibilityProperty: true});
              };
              const found = () => {
                if (!document.body) return false;
                if (document.body.textContent.includes(needle)) {
                  const holders = document.evaluate(xpath, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
                  for (let i = 0; i < holders.snapshotLength; i++) {
                    if (visible(holders.snapshotItem(i))) return true;
                  }
                }
                for (const field of document.querySelectorAll('textarea')) {
                  if (field.value.includes(needle) && visible(field)) return true;
                }
                return false;
              };
              const frame = () => {
                if (found()) {
                  window.__textVisible = performance.now();
                } else {
                  requestAnimationFrame(frame);
                }
              };
              requestAnimationFrame(frame);
            })();
            """;

    /**
     * One timed visit: text visible, the document's first byte and the first contentful paint (0 if none was
     * reported), all from the navigation's start.
     */
    record Visit(double textVisible, double firstByte, double firstPaint) {
    }

    /** What a first visit transferred, counted from Playwright's network events until the network was idle. */
    record Transfer(int requests, long transferred, long decoded, List<String> largest) {
    }

    private final BrowserSession browser = new BrowserSession();
    private final String baseUrl;

    ReaderBrowser(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** {@code runs} first visits, each by a new visitor with an empty cache and no cookies. */
    List<Visit> firstVisits(String path, String text, int runs) {
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Page page = visitor(text);
            try {
                visits.add(visit(page, path));
            } finally {
                page.context().close();
            }
        }
        return visits;
    }

    /**
     * {@code runs} full loads of the page by one visitor who has opened it twice before (assets in the browser's
     * cache, cookies kept); {@code signIn} first signs the visitor in.
     */
    List<Visit> repeatedVisits(String path, String text, int runs, boolean signIn) {
        Page page = visitor(text);
        try {
            if (signIn) {
                signIn(page);
            }
            visit(page, path);
            visit(page, path);
            List<Visit> visits = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                visits.add(visit(page, path));
            }
            return visits;
        } finally {
            page.context().close();
        }
    }

    /** The requests and bytes of one first visit, until the text is visible and the network has been idle 0.5 s. */
    Transfer firstVisitTransfer(String path, String text) {
        Page page = visitor(text);
        try {
            List<Request> requests = new ArrayList<>();
            page.onRequest(requests::add);
            visit(page, path);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            long transferred = 0;
            long decoded = 0;
            List<long[]> sizes = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                Request request = requests.get(i);
                var response = request.response();
                if (response == null) {
                    continue;
                }
                response.finished();
                var size = request.sizes();
                long body = 0;
                try {
                    body = response.body().length;
                } catch (RuntimeException noBody) {
                    // A redirect or a 304 has none.
                }
                transferred += size.responseHeadersSize + Math.max(0, size.responseBodySize);
                decoded += body;
                sizes.add(new long[] {i, size.responseHeadersSize + Math.max(0, size.responseBodySize), body});
            }
            sizes.sort((a, b) -> Long.compare(b[1], a[1]));
            List<String> largest = sizes.stream().limit(3).map(size -> shortUrl(requests.get((int) size[0]).url())
                    + " " + kb(size[1]) + " (" + kb(size[2]) + " decoded)").toList();
            return new Transfer(requests.size(), transferred, decoded, largest);
        } finally {
            page.context().close();
        }
    }

    /**
     * Signs a new visitor in and opens the page, so the server holds one more signed-in session with a UI; the
     * caller closes the returned page (closing it ends the UI: Vaadin is told when a page is left).
     */
    Page signedInVisitor(String path) {
        Page page = browser.newVisitor(baseUrl, WIDTH, HEIGHT);
        signIn(page);
        page.navigate(path);
        PortalPages.waitForView(page);
        return page;
    }

    String version() {
        return browser.version();
    }

    private Page visitor(String text) {
        if (text.contains("\"") || text.contains("\\")) {
            throw new IllegalArgumentException("The text to wait for must not need escaping: " + text);
        }
        Page page = browser.newVisitor(baseUrl, WIDTH, HEIGHT);
        page.context().addInitScript(WATCH.replace("NEEDLE", "\"" + text + "\""));
        return page;
    }

    private static Visit visit(Page page, String path) {
        page.navigate(path, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
        page.waitForFunction("() => window.__textVisible !== undefined", null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        // The paint entry is reported after the frame is presented, which is after the frame that found the text.
        try {
            page.waitForFunction("() => performance.getEntriesByName('first-contentful-paint').length > 0", null,
                    new Page.WaitForFunctionOptions().setTimeout(5_000));
        } catch (TimeoutError none) {
            // Reported as 0.
        }
        @SuppressWarnings("unchecked")
        var times = (List<Number>) page.evaluate("""
                () => [window.__textVisible, performance.getEntriesByType('navigation')[0].responseStart,
                       performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0]""");
        return new Visit(times.get(0).doubleValue(), times.get(1).doubleValue(), times.get(2).doubleValue());
    }

    private static void signIn(Page page) {
        PortalPages.signInAndWait(page, ReaderData.EMAIL, ReaderData.PASSWORD);
    }

    private String shortUrl(String url) {
        String path = url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
        return path.length() > 60 ? path.substring(0, 57) + "…" : path;
    }

    static String kb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    @Override
    public void close() {
        browser.close();
    }
}
