package dk.coi.portal.landscape;

import java.util.Locale;

/** Whether a case is the first of its kind, adapted from others' or copied. */
public enum Novelty {
    FIRST, ADAPTED, COPIED;

    /** The translation key of its name. */
    public String labelKey() {
        return "landscape.novelty." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
