package dk.coi.portal.shared.web;

/** An entry of the main menu: its address from the site root and the translation key of its title. */
public record MenuLink(String path, String titleKey) {
}
