package dk.coi.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;

/** How a person moves through the portal in a browser; shared by the browser tests. */
public final class PortalPages {

    private PortalPages() {
    }

    /**
     * Opens a route in the window, brought to the front first (as a person switching windows does: with several
     * people's windows open, only the front one has focus to move), and waits until Vaadin has rendered the main
     * heading.
     */
    public static void open(Page page, String path) {
        page.bringToFront();
        page.navigate(path);
        waitForView(page);
    }

    /**
     * The element has the keyboard focus: it is the document's focused element (followed into shadow roots) or holds
     * it. Unlike Playwright's isFocused this does not also ask whether the window is the active one, which with
     * several people's windows open in one headless browser is not certain.
     */
    public static void assertHasFocus(Locator element) {
        element.waitFor();
        try {
            element.page().waitForCondition(() -> (Boolean) element.evaluate("""
                    element => {
                        let focused = document.activeElement;
                        while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
                        return focused !== null && (element === focused || element.contains(focused));
                    }"""), new Page.WaitForConditionOptions().setTimeout(5000));
        } catch (TimeoutError notThere) {
            Object focused = element.page().evaluate("""
                    () => {
                        let focused = document.activeElement;
                        while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
                        return focused ? focused.outerHTML.substring(0, 300) : 'nothing';
                    }""");
            throw new AssertionError("Expected the focus in " + element + " but it is on " + focused, notThere);
        }
    }

    public static void waitForView(Page page) {
        page.locator("#main-content h1").first().waitFor();
    }

    public static void signIn(Page page, String email, String password) {
        open(page, "login");
        submitLoginForm(page, email, password);
    }

    /** Fills in and sends the login form of the login page already open. */
    public static void submitLoginForm(Page page, String email, String password) {
        page.locator("vaadin-login-form vaadin-text-field[name='username'] input").fill(email);
        page.locator("vaadin-login-form vaadin-password-field[name='password'] input").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button[part~='vaadin-login-submit']")
                .first().click();
    }

    public static void signInAndWait(Page page, String email, String password) {
        signIn(page, email, password);
        page.locator("#current-person").waitFor();
    }
}
