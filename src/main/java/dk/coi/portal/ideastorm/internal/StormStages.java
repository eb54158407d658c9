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
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
                storm.getPhases().stream().map(StormPhase::view).toList(), current, left, stage(storm, now),
                storm.getResultsPublishedAt(), storm.isDraft());
    }

    /**
     * The storm list from the storms before their last phase and one page of those in it (the concluded ones,
     * {@code more} when older ones follow), grouped by stage, and the drafts (for staff; none for others).
     */
    public static StormList list(Collection<Storm> beforeLastPhase, Collection<Storm> inLastPhase,
                                 Collection<Storm> drafts, int page, boolean more, boolean mayCreate, Instant now) {
        Map<StormStage, List<StormDetails>> byStage = Stream.concat(beforeLastPhase.stream(), inLastPhase.stream())
                .map(storm -> details(storm, now)).collect(Collectors.groupingBy(StormDetails::stage));
        Comparator<StormSummary> byStart = Comparator.comparing(StormSummary::start);
        Comparator<StormSummary> byEnd = Comparator.comparing(StormSummary::end);
        return new StormList(summaries(byStage, StormStage.OPEN, byEnd),
                summaries(byStage, StormStage.COMING, byStart),
                summaries(byStage, StormStage.CONCLUDED, byEnd.reversed().thenComparing(s -> -s.id().value())),
                drafts.stream().map(storm -> summary(details(storm, now))).toList(), page, more, mayCreate);
    }

    private static List<StormSummary> summaries(Map<StormStage, List<StormDetails>> byStage, StormStage stage,
                                                Comparator<StormSummary> order) {
        return byStage.getOrDefault(stage, List.of()).stream().map(StormStages::summary).sorted(order).toList();
    }

    private static StormSummary summary(StormDetails storm) {
        return new StormSummary(storm.id(), storm.title(), storm.question(), storm.ownerOrganisation(),
                storm.currentPhase() == null ? null : storm.currentPhase().kind(), storm.timeLeft(),
                storm.phases().getFirst().start(), storm.phases().getLast().end(),
                storm.stage() == StormStage.CONCLUDED ? storm.endedAt() : null, storm.resultsPublishedAt() != null);
    }

    /**
     * Whether staff may publish the storm's results now: once its ideas and votes are in, i.e. in its evaluation or
     * concluding phase or past the end of its last phase, and not already (the results page always shows the storm
     * as it stands, so there is nothing to publish again).
     */
    public static boolean resultsMayBePublished(Storm storm, Instant now) {
        boolean finished = storm.currentPhase().map(StormPhase::getKind)
                .filter(kind -> kind == PhaseKind.EVALUATION || kind == PhaseKind.CONCLUDED).isPresent()
                || stage(storm, now) == StormStage.CONCLUDED;
        return finished && storm.getResultsPublishedAt() == null;
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
