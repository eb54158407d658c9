package dk.coi.portal.ideastorm;

/** An idea storm as other modules and the views refer to it. */
public record StormId(long value) {

    public static StormId of(long value) {
        return new StormId(value);
    }
}
