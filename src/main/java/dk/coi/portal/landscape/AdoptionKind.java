package dk.coi.portal.landscape;

import java.util.Locale;

/** How a workplace reused a case: copied it as it was, adapted it to its own conditions, or was inspired by it. */
public enum AdoptionKind {
    COPIED, ADAPTED, INSPIRED;

    /** The translation key of its name. */
    public String labelKey() {
        return "landscape.adoption.kind." + name().toLowerCase(Locale.ROOT);
    }

    /** What a case registered from an adoption of this kind is, as a case's novelty says it. */
    public Novelty novelty() {
        return this == COPIED ? Novelty.COPIED : Novelty.ADAPTED;
    }
}
