package dk.coi.portal.ideastorm;

import dk.coi.portal.shared.Phrase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One storm with its phases. {@code currentPhase} is null while the storm is coming; {@code timeLeft} is what is
 * left of the current phase by the server clock (zero once it has ended, null while coming). The description is
 * the Markdown source. {@code resultsPublishedAt}: when staff published its results (null: not yet). {@code draft}:
 * not yet published, seen by staff alone.
 */
public record StormDetails(StormId id, String title, String question, String description, String ownerOrganisation,
                           Audience audience, Instant answerDeadline, List<Phase> phases, Phase currentPhase,
                           Duration timeLeft, StormStage stage,
                           Instant resultsPublishedAt, boolean draft) {

    public StormDetails {
        phases = List.copyOf(phases);
    }

    /**
     * When a concluded storm ended: as its concluding phase began, or (a storm without one) as its last phase
     * ended.
     */
    public Instant endedAt() {
        return currentPhase != null && currentPhase.kind() == PhaseKind.CONCLUDED ? currentPhase.start()
                : phases.getLast().end();
    }

    /** Where the storm stands: when it starts, when its current phase ends, or when it ended. */
    public StormMoment moment() {
        return switch (stage) {
            case COMING -> new StormMoment(Phrase.of("ideastorm.storm.not-started", StormMoment.MOMENT),
                    phases.getFirst().start(), StormMoment.Style.DATE_AND_HOUR);
            case CONCLUDED -> new StormMoment(Phrase.of("ideastorm.storm.ended", StormMoment.MOMENT), endedAt(),
                    StormMoment.Style.END_DATE);
            case OPEN -> {
                Phrase phase = Phrase.of(currentPhase.kind().labelKey());
                // Ended but not yet moved on: the phase job does so within its next run.
                Phrase sentence = timeLeft.isZero()
                        ? Phrase.of("ideastorm.time-left.phase-ended", phase, StormMoment.MOMENT)
                        : Phrase.of("ideastorm.time-left.phase-ends", phase, TimeLeft.span(timeLeft),
                        StormMoment.MOMENT);
                yield new StormMoment(sentence, currentPhase.end(), StormMoment.Style.NEAR_END);
            }
        };
    }
}
