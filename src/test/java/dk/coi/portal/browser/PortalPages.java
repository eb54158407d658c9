package dk.coi.portal.browser;

import com.microsoft.playwright.Page;

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
