package dk.coi.portal.ideastorm;

import java.util.Locale;

/** Whether the current visitor may submit an idea to a storm now, and if not, why not (said on the page). */
public enum Submission {
    OPEN, SIGN_IN, NOT_IN_AUDIENCE, PHASE_CLOSED;

    public boolean isOpen() {
        return this == OPEN;
    }

    /** The words said in the form's place when it is not open. */
    public String reasonKey() {
        return "ideastorm.submit." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
