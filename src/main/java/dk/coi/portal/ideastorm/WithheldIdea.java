package dk.coi.portal.ideastorm;

/**
 * An idea that exists but is withheld from the visitor: hidden by staff (or after reports), or waiting for staff's
 * approval ({@code awaitingApproval}). It tells nothing of the idea itself (its title is content), only its storm,
 * so the reader finds their way on.
 */
public record WithheldIdea(StormId storm, String stormTitle, String stormPath, IdeaId id, boolean awaitingApproval)
        implements IdeaReading {

    /** The translation key of what the page says: hidden by COI, or waiting for approval. */
    public String reasonKey() {
        return awaitingApproval ? "ideastorm.idea.withheld.awaiting-approval" : "ideastorm.idea.withheld.hidden";
    }

    /** The translation key of the page's heading. */
    public String titleKey() {
        return awaitingApproval ? "ideastorm.idea.withheld.awaiting-approval.title"
                : "ideastorm.idea.withheld.hidden.title";
    }
}
