package dk.coi.portal.ideastorm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A storm as staff start it: its texts, and a template whose phases follow one another from {@code start}, each
 * lasting its length in {@code phaseLengths} (one per phase of the template), and its evaluation rubric (none: no
 * criteria yet). The description is Markdown.
 */
public record NewStorm(String title, String question, String description, String ownerOrganisation,
                       Audience audience, Instant answerDeadline, StormTemplate template, Instant start,
                       List<Duration> phaseLengths, List<CriterionDraft> criteria) {

    public NewStorm {
        phaseLengths = phaseLengths == null ? List.of() : List.copyOf(phaseLengths);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /** A storm without a rubric yet (staff may give it one on its staff screen). */
    public NewStorm(String title, String question, String description, String ownerOrganisation, Audience audience,
                    Instant answerDeadline, StormTemplate template, Instant start, List<Duration> phaseLengths) {
        this(title, question, description, ownerOrganisation, audience, answerDeadline, template, start, phaseLengths,
                List.of());
    }
}
