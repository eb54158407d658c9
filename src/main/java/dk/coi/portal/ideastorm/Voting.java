package dk.coi.portal.ideastorm;

import java.util.Locale;

/** Whether the current visitor may vote in a storm now, and if not, why not (said where the buttons would be). */
public enum Voting {
    OPEN, SIGN_IN, NOT_IN_AUDIENCE, PHASE_CLOSED;

    public boolean isOpen() {
        return this == OPEN;
    }

    public String reasonKey() {
        return "ideastorm.vote." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
