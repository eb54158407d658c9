package dk.coi.portal.ideastorm;

/** A vote for an idea was given or withdrawn (published in the vote's transaction; never says whose). */
public record IdeaVoted(StormId storm, IdeaId idea) {
}
