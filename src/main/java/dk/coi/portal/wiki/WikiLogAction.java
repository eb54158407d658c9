package dk.coi.portal.wiki;

import dk.coi.portal.moderation.LogKind;

/**
 * The wiki's stewardship actions in the moderation log, which the public wiki log shows. {@code HIDE_COMMENT} and
 * {@code SHOW_COMMENT} are only in lines from before moderation decided on talk comments (its own kinds since).
 */
public enum WikiLogAction {
    MOVE, PROTECT, DELETE, UNDELETE, REVIEW_ACCEPT, REVIEW_REJECT, ROLLBACK, HIDE_COMMENT, SHOW_COMMENT;

    public LogKind kind() {
        return LogKind.of("wiki", this);
    }

    /**
     * Whether recent changes shows the action between the edits: what changes a page without an edit of its own
     * (a rollback and an accepted review are edits already; rejections and comments concern no page text).
     */
    public boolean showsInRecentChanges() {
        return this == MOVE || this == PROTECT || this == DELETE || this == UNDELETE;
    }
}
