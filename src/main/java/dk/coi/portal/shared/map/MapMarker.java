package dk.coi.portal.shared.map;

import java.util.Objects;

/**
 * One thing on the map at its place: its name (the link's text), the portal address of its page and a short text
 * shown under it (may be empty). All three are text: the map and the list never read them as HTML. The address is
 * the portal's own, written as a path ({@code organisationer/7-…} or {@code /organisationer/7-…}); anything else
 * (another site, a {@code javascript:} address) is refused.
 */
public record MapMarker(String label, String href, String text) {

    public MapMarker {
        Objects.requireNonNull(label, "label");
        href = MapPlace.ownPath(href);
        text = text == null ? "" : text;
    }
}
