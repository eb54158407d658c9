package dk.coi.portal.landscape;

import java.util.Locale;

/** How far a case has come. */
public enum CaseStage {
    IDEA, PILOT, IMPLEMENTED, SPREAD, ENDED;

    /** The translation key of its name. */
    public String labelKey() {
        return "landscape.stage." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
