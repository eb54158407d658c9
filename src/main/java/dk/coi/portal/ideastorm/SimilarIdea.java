package dk.coi.portal.ideastorm;

/** A visible idea of the same storm whose words resemble what is being typed, with where it is read. */
public record SimilarIdea(IdeaId id, String title, String path) {
}
