package dk.coi.portal.ideastorm;

import java.util.Locale;

/** Whether the current visitor may comment on an idea now, and if not, why not (said in the form's place). */
public enum Commenting {
    OPEN, SIGN_IN, NOT_IN_AUDIENCE, PHASE_CLOSED, IDEA_HIDDEN, IDEA_MERGED;

    public boolean isOpen() {
        return this == OPEN;
    }

    public String reasonKey() {
        return "ideastorm.comment.closed." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
