package dk.coi.portal.ideastorm;

import dk.coi.portal.identity.PersonId;
import java.time.Instant;

/**
 * Someone commented on an idea ({@code parent} null) or replied to a comment, published in the comment's transaction;
 * the people it concerns are told after the commit.
 */
public record IdeaCommented(IdeaId idea, long comment, Long parent, PersonId author, Instant at) {
}
