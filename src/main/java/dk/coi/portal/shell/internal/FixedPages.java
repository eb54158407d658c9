package dk.coi.portal.shell.internal;

import java.util.List;
import java.util.Optional;

/**
 * The shell's pages whose words are in the translation files: the front page's areas, the areas whose modules are
 * still to come, and the information pages the footer links to. The Vaadin views and the server-rendered pages
 * both show them from here, so they list the same.
 */
public final class FixedPages {

    public static final String WIKI = "wiki";
    public static final String IDEASTORMS = "idestorme";
    public static final String LANDSCAPE = "landskab";
    public static final String STORIES = "historier";
    public static final String INTERNSHIPS = "praktik";
    public static final String ACCESSIBILITY = "tilgaengelighed";
    public static final String PRIVACY = "privatliv";

    /** The portal's areas on the front page, by route, which also names their texts ({@code home.area.<route>.*}). */
    public static final List<String> AREAS = List.of(WIKI, IDEASTORMS, LANDSCAPE, STORIES, INTERNSHIPS);

    /** An area whose module is not built yet: its route and its texts ({@code nav.<key>}, {@code coming-soon.area.<key>}). */
    public record ComingSoon(String route, String key) {

        public String titleKey() {
            return "nav." + key;
        }

        public String textKey() {
            return "coming-soon.area." + key;
        }
    }

    /** Each area's own module replaces its entry here (and its view) when it lands. */
    public static final List<ComingSoon> COMING_SOON = List.of(new ComingSoon(STORIES, "stories"),
            new ComingSoon(INTERNSHIPS, "internships"));

    /**
     * A page of fixed information: its title and meta description are the translations {@code <key>.title} and
     * {@code <key>.description}, its text a Markdown file ({@link InformationPages}).
     */
    public record Information(String route, String key) {

        public String titleKey() {
            return key + ".title";
        }

        public String descriptionKey() {
            return key + ".description";
        }
    }

    public static final List<Information> INFORMATION = List.of(new Information(ACCESSIBILITY, "accessibility"),
            new Information(PRIVACY, "privacy"));

    private FixedPages() {
    }

    public static Optional<ComingSoon> comingSoon(String route) {
        return COMING_SOON.stream().filter(area -> area.route().equals(route)).findFirst();
    }

    public static Optional<Information> information(String route) {
        return INFORMATION.stream().filter(page -> page.route().equals(route)).findFirst();
    }
}
