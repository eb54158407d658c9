package dk.coi.portal.ideastorm;

import java.util.Locale;

/**
 * Where an idea stands. Ideas are published when submitted; the evaluation (a later slice) adds its statuses
 * (under evaluation, selected, not selected …) here, so lists already filter by status.
 */
public enum IdeaStatus {
    PUBLISHED;

    public String labelKey() {
        return "ideastorm.idea.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
