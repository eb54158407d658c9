package dk.coi.portal.wiki;

/** Stewardship actions recorded in the public wiki log. */
public enum WikiLogAction {
    MOVE, PROTECT, DELETE, UNDELETE, REVIEW_ACCEPT, REVIEW_REJECT, ROLLBACK, HIDE_COMMENT, SHOW_COMMENT;

    /**
     * Whether recent changes shows the action between the edits: what changes a page without an edit of its own
     * (a rollback and an accepted review are edits already; rejections and comments concern no page text).
     */
    public boolean showsInRecentChanges() {
        return this == MOVE || this == PROTECT || this == DELETE || this == UNDELETE;
    }

    /** Translation key of the action, e.g. "wiki.log.action.move". */
    public String labelKey() {
        return "wiki.log.action." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
