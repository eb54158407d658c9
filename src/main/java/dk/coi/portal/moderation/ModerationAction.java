package dk.coi.portal.moderation;

import java.util.Locale;

/** The kinds of decision in the moderation log. */
public enum ModerationAction {
    /** Staff hid the content (or confirmed that it stays hidden); open reports are closed. */
    HIDE,
    /** Staff showed hidden content again; open reports are closed. */
    RESTORE,
    /** Staff found the reports unfounded; the content stays as it is and open reports are closed. */
    DISMISS,
    /** The portal hid the content when enough different people had reported it; the reports stay open. */
    AUTO_HIDE;

    /** Translation key, e.g. "moderation.action.auto-hide". */
    public String labelKey() {
        return "moderation.action." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
