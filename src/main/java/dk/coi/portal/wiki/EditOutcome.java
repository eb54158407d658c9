package dk.coi.portal.wiki;

/** What became of a submitted edit: published at once, or kept for staff review. */
public sealed interface EditOutcome {

    record Published(WikiPageView page) implements EditOutcome {
    }

    record AwaitingReview(long pendingEditId) implements EditOutcome {
    }
}
