package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.ideastorm.Phase;
import dk.coi.portal.ideastorm.PhaseChange;
import dk.coi.portal.ideastorm.PhaseKind;
import dk.coi.portal.ideastorm.StormDetails;
import dk.coi.portal.ideastorm.StormList;
import dk.coi.portal.ideastorm.StormStage;
import dk.coi.portal.ideastorm.StormSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Storms as the reading side shows them, worked out from their stored phase and the clock. */
public final class StormStages {

    private StormStages() {
    }

    /**
     * Coming until its first phase has started; concluded in its concluding phase or past the end of its last one;
     * open otherwise.
     */
    static StormStage stage(Storm storm, Instant now) {
        return storm.currentPhase().map(current -> {
            boolean last = current.getPosition() == storm.getPhases().size() - 1;
            return current.getKind() == PhaseKind.CONCLUDED || last && !now.isBefore(current.getEndsAt())
                    ? StormStage.CONCLUDED : StormStage.OPEN;
        }).orElse(StormStage.COMING);
    }

    public static StormDetails details(Storm storm, Instant now) {
        Phase current = storm.currentPhase().map(StormPhase::view).orElse(null);
        Duration left = current == null ? null : timeLeft(current.end(), now);
        return new StormDetails(storm.stormId(), storm.getTitle(), storm.getQuestion(), storm.getDescription(),
                storm.getOwnerOrganisation(), storm.getAudience(), storm.getAnswerDeadline(),
                storm.getPhases().stream().map(StormPhase::view).toList(), current, left, stage(storm, now));
    }

    public static StormList list(Collection<Storm> storms, Instant now) {
        Map<StormStage, List<Storm>> byStage = storms.stream().collect(Collectors.groupingBy(s -> stage(s, now)));
        Comparator<StormSummary> byStart = Comparator.comparing(StormSummary::start);
        Comparator<StormSummary> byEnd = Comparator.comparing(StormSummary::end);
        return new StormList(summaries(byStage, StormStage.OPEN, byEnd, now),
                summaries(byStage, StormStage.COMING, byStart, now),
                summaries(byStage, StormStage.CONCLUDED, byEnd.reversed(), now));
    }

    private static List<StormSummary> summaries(Map<StormStage, List<Storm>> byStage, StormStage stage,
                                                Comparator<StormSummary> order, Instant now) {
        return byStage.getOrDefault(stage, List.of()).stream().map(storm -> summary(storm, now)).sorted(order)
                .toList();
    }

    private static StormSummary summary(Storm storm, Instant now) {
        List<StormPhase> phases = storm.getPhases();
        Optional<StormPhase> current = storm.currentPhase();
        return new StormSummary(storm.stormId(), storm.getTitle(), storm.getQuestion(), storm.getOwnerOrganisation(),
                current.map(StormPhase::getKind).orElse(null),
                current.map(phase -> timeLeft(phase.getEndsAt(), now)).orElse(null), phases.getFirst().getStartsAt(),
                phases.getLast().getEndsAt());
    }

    public static List<PhaseChange> log(Storm storm, List<StormPhaseLogEntry> entries) {
        Map<Long, PhaseKind> kinds = storm.getPhases().stream()
                .collect(Collectors.toMap(StormPhase::getId, StormPhase::getKind));
        Function<Long, PhaseKind> kind = id -> id == null ? null : kinds.get(id);
        return entries.stream().map(entry -> new PhaseChange(kind.apply(entry.getFromPhaseId()),
                kind.apply(entry.getToPhaseId()), entry.getChangedAt(),
                entry.getPersonId() == null ? null : PersonId.of(entry.getPersonId()), entry.getReason())).toList();
    }

    private static Duration timeLeft(Instant end, Instant now) {
        return now.isBefore(end) ? Duration.between(now, end) : Duration.ZERO;
    }
}
