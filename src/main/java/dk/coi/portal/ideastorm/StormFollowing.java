package dk.coi.portal.ideastorm;

import dk.coi.portal.shared.Subject;

/**
 * Storms as something people follow through the notification module: the subject a storm is followed as, and the
 * kinds of notice its followers get, each stored as its kind alone and told in the reader's language.
 */
public final class StormFollowing {

    /** The subject type of a storm in follows and notices. */
    public static final String STORM = "ideastorm.storm";

    /** What followers of a storm hear of. */
    public enum NoticeKind {
        /** The storm entered its first phase that takes ideas (in a KLK-forløb: contributions). */
        OPENED,
        /** A voting phase of the storm ends within a day. */
        VOTING_CLOSES,
        /** The storm's results were published. */
        RESULTS_PUBLISHED
    }

    private StormFollowing() {
    }

    public static Subject storm(StormId id) {
        return new Subject(STORM, id.value());
    }
}
