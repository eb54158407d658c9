package dk.coi.portal.ideastorm;

import java.util.Locale;
import java.util.Set;

/**
 * Where an idea stands. Ideas are published when submitted ("not yet evaluated"); in the evaluation staff move them
 * on. Any evaluated status may become another while staff weigh the ideas, but never back to published (an idea once
 * looked at stays looked at); only a selected idea may be carried on, and carried on is final: other modules have
 * acted on it ({@link IdeaCarriedOn}).
 */
public enum IdeaStatus {
    PUBLISHED, UNDER_EVALUATION, SELECTED, NOT_SELECTED, ALREADY_EXISTS, CARRIED_ON;

    private static final Set<IdeaStatus> WEIGHED = Set.of(UNDER_EVALUATION, SELECTED, NOT_SELECTED, ALREADY_EXISTS);

    public String labelKey() {
        return "ideastorm.idea.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Where an idea with this status stands, as its pages say it: held, hidden and merged ideas are not "published",
     * whatever their evaluation status.
     */
    public String shownKey(boolean awaitingApproval, boolean hidden, boolean merged) {
        if (awaitingApproval) {
            return "ideastorm.idea.status.awaiting-approval";
        }
        if (hidden) {
            return "ideastorm.idea.status.hidden";
        }
        return merged ? "ideastorm.idea.status.merged" : labelKey();
    }

    /** Whether staff may move an idea of this status to {@code next}. */
    public boolean mayBecome(IdeaStatus next) {
        if (next == this || this == CARRIED_ON || next == PUBLISHED) {
            return false;
        }
        return next == CARRIED_ON ? this == SELECTED : WEIGHED.contains(next);
    }
}
