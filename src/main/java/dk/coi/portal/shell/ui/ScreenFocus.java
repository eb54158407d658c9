package dk.coi.portal.shell.ui;

import com.vaadin.flow.component.html.Main;

/**
 * Where the keyboard focus goes after a navigation inside the portal, one rule for every screen: Vaadin replaces the
 * screen without a page load, so the control that was used is gone and the browser leaves the focus on the
 * document's body; a screen reader then says nothing, and Tab starts again at the top of the page. So:
 * <ul>
 *   <li>a screen that placed the focus itself (a field to fill in, the heading after a save) keeps it there, and an
 *       address naming a part of the screen (a skip link's jump) keeps the browser's jump there;</li>
 *   <li>the same address with other parameters (a filter changed, the diff shown another way) is the same screen
 *       read anew: the control the person used, found again by its id, gets the focus back;</li>
 *   <li>any other screen: its main heading, as a page load would lead a screen reader to it.</li>
 * </ul>
 * The first screen of a browser tab is a page load, which the browser handles itself (the skip link comes first).
 */
final class ScreenFocus {

    /**
     * Remembers the id of the last control focused in the page, the nearest one the portal named: Vaadin's fields
     * give their inner inputs and labels generated ids ({@code input-vaadin-text-field-3}), which a screen read anew
     * does not have again.
     */
    private static final String REMEMBER = """
            this.addEventListener('focusin', event => {
                let element = event.target;
                while (element && element !== this && !(element.id && !/vaadin-[a-z-]+-\\d+$/.test(element.id))) {
                    element = element.parentElement;
                }
                this.portalFocusedId = element && element !== this ? element.id : null;
            });""";

    /** {@code $0}: the same screen read anew. */
    private static final String PLACE = """
            const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
            if (target && this.contains(target)) {
                return;
            }
            const focused = document.activeElement;
            if (focused && focused !== document.body && this.contains(focused)) {
                return;
            }
            const again = $0 && this.portalFocusedId ? document.getElementById(this.portalFocusedId) : null;
            if (again && this.contains(again)) {
                again.focus();
                return;
            }
            const heading = this.querySelector('h1');
            if (heading) {
                if (!heading.hasAttribute('tabindex')) {
                    heading.setAttribute('tabindex', '-1');
                }
                heading.focus();
            }""";

    private final Main main;
    private String shownPath;

    ScreenFocus(Main main) {
        this.main = main;
        main.getElement().executeJs(REMEMBER);
    }

    /** After the navigation to {@code path} has put its screen in place. */
    void navigated(String path) {
        if (shownPath != null) {
            main.getElement().executeJs(PLACE, path.equals(shownPath));
        }
        shownPath = path;
    }
}
