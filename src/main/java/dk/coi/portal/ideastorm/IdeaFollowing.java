package dk.coi.portal.ideastorm;

/**
 * Ideas as something people follow through the notification module (subject {@link IdeaId#subject()}): the kinds of
 * notice followers, the idea's author and its voters get, stored as the kind alone and told in the reader's language.
 */
public final class IdeaFollowing {

    /** What an idea's audience hears of. */
    public enum NoticeKind {
        /** The idea got its public answer. */
        ANSWERED,
        /** Staff changed the idea's status; the notice's summary names the new one. */
        STATUS_CHANGED,
        /** The idea got its public answer and a new status in one save; the summary names the status. */
        ANSWERED_WITH_STATUS,
        /** Staff changed the idea's public answer. */
        ANSWER_CHANGED
    }

    private IdeaFollowing() {
    }
}
