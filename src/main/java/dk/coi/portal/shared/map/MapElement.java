package dk.coi.portal.shared.map;

/**
 * What {@code <portal-denmark-map>} is given as its {@code data-} attributes, the same on a server-rendered page and
 * in a Vaadin view: Leaflet's files, Denmark's outline, the places as JSON (text only) and the element's own texts in
 * the reader's language.
 */
public record MapElement(String library, String stylesheet, String outline, String places, String label,
                         String zoomIn, String zoomOut, String close, String clusterLabel, String more, String tiles,
                         String attribution) {
}
