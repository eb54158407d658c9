package dk.coi.portal.shared.map;

import java.util.List;
import java.util.Objects;

/**
 * A place on the map of Denmark, usually a municipality's centre (WGS84), with the markers there and how many there
 * are in all. {@code count} may exceed the markers listed (a search with 300 cases in Aarhus lists a few and links to
 * the rest at {@code more}); a place without a position ({@code latitude}/{@code longitude} null, e.g. organisations
 * in no municipality) is in the list alternative only.
 */
public record MapPlace(String name, Double latitude, Double longitude, long count, List<MapMarker> markers,
                       String more) {

    public MapPlace {
        Objects.requireNonNull(name, "name");
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("A place has both coordinates or neither");
        }
        markers = List.copyOf(markers);
        if (count < markers.size()) {
            throw new IllegalArgumentException("A place counts at least the markers it lists");
        }
        more = more == null ? null : ownPath(more);
    }

    /** A place whose markers are all it has. */
    public static MapPlace of(String name, Double latitude, Double longitude, List<MapMarker> markers) {
        return new MapPlace(name, latitude, longitude, markers.size(), markers, null);
    }

    public boolean placed() {
        return latitude != null;
    }

    /**
     * The portal path as the browser resolves it from any page, starting with one slash: a scheme such as
     * {@code javascript:} becomes a path segment, and another site ({@code //host}) is refused.
     */
    static String ownPath(String href) {
        Objects.requireNonNull(href, "href");
        String path = href.startsWith("/") ? href : "/" + href;
        if (path.startsWith("//") || path.contains("\\") || path.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("Not a path of the portal: " + href);
        }
        return path;
    }
}
