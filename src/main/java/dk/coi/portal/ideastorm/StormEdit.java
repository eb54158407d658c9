package dk.coi.portal.ideastorm;

import java.time.Instant;

/**
 * Staff's new texts for a storm, made from the texts at {@code textsVersion}: refused when someone saved other
 * texts since. The description is Markdown.
 */
public record StormEdit(long textsVersion, String title, String question, String description,
                        String ownerOrganisation, Audience audience, Instant answerDeadline) {
}
