package dk.coi.portal.ideastorm;

import dk.coi.portal.shared.Subject;

/**
 * Comments on ideas as moderation and notices know them. The comments themselves are read as
 * {@link dk.coi.portal.shared.CommentView}s in an {@link IdeaDiscussion}.
 */
public final class IdeaComments {

    /** The subject type of idea comments in moderation and in their notices (also the translation key of its name). */
    public static final String SUBJECT_TYPE = "ideastorm.comment";

    /** What the people a new comment concerns hear of; nobody follows a comment, the notices name them. */
    public enum NoticeKind {
        /** A comment on an idea, told to the idea's author. */
        ON_YOUR_IDEA,
        /** A reply to a comment, told to the comment's author. */
        TO_YOUR_COMMENT
    }

    private IdeaComments() {
    }

    public static Subject subject(long commentId) {
        return new Subject(SUBJECT_TYPE, commentId);
    }
}
