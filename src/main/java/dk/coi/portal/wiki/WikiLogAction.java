package dk.coi.portal.wiki;

/** Stewardship actions recorded in the public wiki log. */
public enum WikiLogAction {
    MOVE, PROTECT, DELETE, UNDELETE, REVIEW_ACCEPT, REVIEW_REJECT, ROLLBACK, HIDE_COMMENT, SHOW_COMMENT;

    /** Translation key of the action, e.g. "wiki.log.action.move". */
    public String labelKey() {
        return "wiki.log.action." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
