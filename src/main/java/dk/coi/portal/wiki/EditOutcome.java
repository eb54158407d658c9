package dk.coi.portal.wiki;

/** What became of a submitted edit: published at once, or kept for staff review. */
public sealed interface EditOutcome {

    /** {@code mergedWithNewer}: someone saved meanwhile, and the two edits were merged (they changed different parts). */
    record Published(WikiPageView page, boolean mergedWithNewer) implements EditOutcome {
    }

    record AwaitingReview(long pendingEditId) implements EditOutcome {
    }
}
