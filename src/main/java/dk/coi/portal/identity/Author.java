package dk.coi.portal.identity;

/** How a contribution is credited: the person's name and, when known, their workplace. */
public record Author(long personId, String displayName, String workplace) {

    /** "Navn (Arbejdsplads)", or just the name. */
    public String credit() {
        return workplace == null || workplace.isBlank() ? displayName : displayName + " (" + workplace + ")";
    }
}
