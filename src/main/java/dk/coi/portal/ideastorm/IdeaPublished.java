package dk.coi.portal.ideastorm;

/**
 * An idea became visible to everyone in its storm: submitted to a storm that publishes at once, or approved by staff
 * in a pre-moderated one. Published in the transaction that makes it visible.
 */
public record IdeaPublished(StormId storm, IdeaId idea) {
}
