package dk.coi.portal.wiki;

import dk.coi.portal.shared.Subject;

/**
 * Comments on talk pages as moderation knows them. The comments themselves are read as
 * {@link dk.coi.portal.shared.CommentView}s, in thread order ({@link WikiTalkService#comments}).
 */
public final class TalkComment {

    /** The subject type of talk comments in moderation (also the translation key of its name). */
    public static final String SUBJECT_TYPE = "wiki.comment";

    private TalkComment() {
    }

    /** A comment as moderation knows it. */
    public static Subject subject(long commentId) {
        return new Subject(SUBJECT_TYPE, commentId);
    }
}
