package dk.coi.portal.ideastorm;

/** A theme of a storm as lists and forms show it; {@code description} may be null. */
public record Theme(ThemeId id, String name, String description, long version) {
}
