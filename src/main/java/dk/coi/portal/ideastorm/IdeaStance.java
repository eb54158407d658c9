package dk.coi.portal.ideastorm;

import java.util.Locale;

/** Where a comment on an idea stands: for it, against it, or neither. Said in words wherever it is shown. */
public enum IdeaStance {
    FOR, AGAINST, NEUTRAL;

    /** The stance beside a comment ("For", "Imod", "Neutral") and in the form's choice. */
    public String labelKey() {
        return "ideastorm.comment.stance." + name().toLowerCase(Locale.ROOT);
    }
}
