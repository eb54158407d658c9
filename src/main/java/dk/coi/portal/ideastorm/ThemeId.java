package dk.coi.portal.ideastorm;

/** A theme of a storm. */
public record ThemeId(long value) {

    public static ThemeId of(long value) {
        return new ThemeId(value);
    }
}
