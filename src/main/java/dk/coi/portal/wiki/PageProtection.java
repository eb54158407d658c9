package dk.coi.portal.wiki;

import java.util.Locale;

/** Who may edit a page: everyone signed in, or COI staff only. */
public enum PageProtection {
    NONE, STAFF;

    /** Whether only staff may move a page: one that is protected or whose changes staff review. */
    public static boolean moveNeedsStaff(PageProtection protection, boolean reviewRequired) {
        return protection != NONE || reviewRequired;
    }

    /** Translation key of who may edit, e.g. "wiki.protection.staff". */
    public String labelKey() {
        return "wiki.protection." + name().toLowerCase(Locale.ROOT);
    }
}
