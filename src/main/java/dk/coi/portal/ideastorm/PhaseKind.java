package dk.coi.portal.ideastorm;

import java.util.Locale;

/** What a phase of a storm is for; its name is a translation. */
public enum PhaseKind {
    OPEN, DISCOVERY, THEMATISING, IDEA_DEVELOPMENT, VOTING, EVALUATION, TEST, CONCLUDED;

    /** Translation key of the phase's name, e.g. {@code ideastorm.phase.idea-development}. */
    public String labelKey() {
        return "ideastorm.phase." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Translation key of a short sentence on what happens in such a phase, where phases are listed. */
    public String aboutKey() {
        return labelKey() + ".about";
    }
}
