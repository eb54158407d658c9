package dk.coi.portal.bench;

import com.microsoft.playwright.Page;
import dk.coi.portal.browser.BrowserSession;
import dk.coi.portal.browser.PortalPages;
import dk.coi.portal.support.SignedIn;
import java.util.ArrayList;
import java.util.List;

/**
 * Storm pages open in headless Debian Chromium (the browser tests' {@link BrowserSession}), each signed in as its
 * own person in its own browser context, watching one idea's count. A MutationObserver on the idea cards notes the
 * wall-clock time ({@code performance.timeOrigin + performance.now()}, sub-millisecond) at which the count's text
 * first shows each number; the harness compares it with the JVM's wall clock at the vote (same machine, same
 * clock).
 */
final class LivePages implements AutoCloseable {

    /** Runs in the page once its view is shown; the argument is the idea's title. */
    private static final String WATCH = """
            title => {
              window.__seen = {};
              const cards = document.querySelector('#storm-idea-cards');
              const note = () => {
                const at = performance.timeOrigin + performance.now();
                for (const card of cards.querySelectorAll('li')) {
                  if (!card.textContent.includes(title)) continue;
                  const shown = card.querySelector('.portal-idea-votes')?.textContent.replace(/\\D/g, '');
                  if (shown && window.__seen[shown] === undefined) window.__seen[shown] = at;
                }
              };
              new MutationObserver(note).observe(cards, {subtree: true, childList: true, characterData: true});
              note();
            }""";

    private final BrowserSession browser = new BrowserSession();
    private final List<Page> pages = new ArrayList<>();

    LivePages(String baseUrl, String path, String ideaTitle, int count, SignedIn signedIn) {
        for (int i = 0; i < count; i++) {
            Page page = browser.newVisitor(baseUrl, 1280, 800);
            pages.add(page);
            SignedIn.TestPerson person = signedIn.signUp("Læser " + i);
            PortalPages.signInAndWait(page, person.email(), SignedIn.PASSWORD);
            PortalPages.open(page, path);
            page.locator("#storm-idea-cards li").first().waitFor();
            page.evaluate(WATCH, ideaTitle);
        }
        signedIn.clear();
    }

    /**
     * When each page's count first showed {@code count}, in milliseconds after {@code votedAtMillis} (epoch
     * milliseconds); fails after 30 s.
     */
    double[] shownAfter(long count, double votedAtMillis) {
        double[] after = new double[pages.size()];
        for (int i = 0; i < after.length; i++) {
            Page page = pages.get(i);
            page.waitForFunction("n => window.__seen[n] !== undefined", String.valueOf(count),
                    new Page.WaitForFunctionOptions().setTimeout(30_000).setPollingInterval(20));
            after[i] = ((Number) page.evaluate("n => window.__seen[n]", String.valueOf(count))).doubleValue()
                    - votedAtMillis;
        }
        return after;
    }

    int size() {
        return pages.size();
    }

    String version() {
        return browser.version();
    }

    @Override
    public void close() {
        pages.forEach(page -> page.context().close());
        browser.close();
    }
}
