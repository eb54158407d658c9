package dk.coi.portal.shared.map;

/**
 * A line on the map of Denmark from one place to another (WGS84), e.g. a case reused from one municipality in
 * another; {@code count} how many things it stands for (drawn thicker for more). Decorative: a page that draws lines
 * names each in its list alternative.
 */
public record MapLine(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude, long count) {
}
