package dk.coi.portal.ideastorm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One storm with its phases. {@code currentPhase} is null while the storm is coming; {@code timeLeft} is what is
 * left of the current phase by the server clock (zero once it has ended, null while coming). The description is
 * the Markdown source.
 */
public record StormDetails(StormId id, String title, String question, String description, String ownerOrganisation,
                           Audience audience, Instant answerDeadline, List<Phase> phases, Phase currentPhase,
                           Duration timeLeft, StormStage stage) {

    public StormDetails {
        phases = List.copyOf(phases);
    }
}
