package dk.coi.portal.ideastorm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A storm as staff start it: its texts, and a template whose phases follow one another from {@code start}, each
 * lasting its length in {@code phaseLengths} (one per phase of the template). The description is Markdown.
 */
public record NewStorm(String title, String question, String description, String ownerOrganisation,
                       Audience audience, Instant answerDeadline, StormTemplate template, Instant start,
                       List<Duration> phaseLengths) {

    public NewStorm {
        phaseLengths = phaseLengths == null ? List.of() : List.copyOf(phaseLengths);
    }
}
