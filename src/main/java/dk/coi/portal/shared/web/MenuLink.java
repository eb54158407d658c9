package dk.coi.portal.shared.web;

/** An entry of the main menu: its address from the site root and the translation key of its title. */
public record MenuLink(String path, String titleKey) {

    /** The element id, as the Vaadin menu has it: {@code nav-} and the route, {@code nav-home} for the front page. */
    public String id() {
        return "nav-" + (path.equals("/") ? "home" : path.substring(1));
    }
}
