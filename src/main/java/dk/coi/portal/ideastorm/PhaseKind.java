package dk.coi.portal.ideastorm;

import java.util.Locale;

/** What a phase of a storm is for; its name is a translation. */
public enum PhaseKind {
    OPEN, DISCOVERY, THEMATISING, IDEA_DEVELOPMENT, VOTING, EVALUATION, TEST, CONCLUDED;

    /** Translation key of the phase's name, e.g. {@code ideastorm.phase.idea-development}. */
    public String labelKey() {
        return "ideastorm.phase." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Whether what people give in this phase are observations (needs and what they saw, KLK's discovery), which staff
     * group into themes, rather than ideas: its list is called so and grouped by theme.
     */
    public boolean collectsObservations() {
        return this == DISCOVERY || this == THEMATISING;
    }

    /** Translation key of a short sentence on what happens in such a phase, where phases are listed. */
    public String aboutKey() {
        return labelKey() + ".about";
    }
}
