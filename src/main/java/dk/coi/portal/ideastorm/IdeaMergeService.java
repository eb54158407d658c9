package dk.coi.portal.ideastorm;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.ideastorm.internal.Idea;
import dk.coi.portal.ideastorm.internal.IdeaMerges;
import dk.coi.portal.ideastorm.internal.IdeaRepository;
import dk.coi.portal.ideastorm.internal.Storm;
import dk.coi.portal.ideastorm.internal.StormRepository;
import dk.coi.portal.moderation.LogKind;
import dk.coi.portal.moderation.LoggedDecision;
import dk.coi.portal.moderation.ModerationLog;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.Reason;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff merge a duplicate idea into the one kept, in the same storm, with a reason, and undo it with a reason: the
 * merged idea points to the kept one and leaves lists, search and the similar ideas, every voter of either counts
 * once on the kept idea ({@link IdeaMerges}), the kept idea credits both authors, and both pages say so. Each is a
 * line of the moderation log (who, when, which idea, why, and how many votes moved). One level only: an idea
 * others are merged into is not merged itself (undo those first), so undoing a merge always puts back exactly what
 * it did, and a merged idea's page always leads to an idea that is shown. The authors of both are told
 * ({@link IdeaMergeDecided}).
 */
@Service
public class IdeaMergeService {

    /** The moderation log's kinds of line: {@code ideastorm.merge} and {@code ideastorm.merge-undo}. */
    private enum Logged { MERGE, MERGE_UNDO }

    public static final LogKind MERGE = LogKind.of("ideastorm", Logged.MERGE);
    public static final LogKind UNDO = LogKind.of("ideastorm", Logged.MERGE_UNDO);
    private static final int MOST_TARGETS = 10;

    private final IdeaRepository ideas;
    private final StormRepository storms;
    private final IdeaMerges merges;
    private final ModerationLog log;
    private final PersonService people;
    private final ApplicationEventPublisher events;
    private final LiveVotes live;
    private final Clock clock;

    IdeaMergeService(IdeaRepository ideas, StormRepository storms, IdeaMerges merges, ModerationLog log,
                     PersonService people, ApplicationEventPublisher events, LiveVotes live, Clock clock) {
        this.ideas = ideas;
        this.storms = storms;
        this.merges = merges;
        this.log = log;
        this.people = people;
        this.events = events;
        this.live = live;
        this.clock = clock;
    }

    /** Merges {@code merged} into {@code kept}; refused (nothing changed) by the rules in the class comment. */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void merge(IdeaId merged, IdeaId kept, String reason) {
        // Both missing parts at once, so that staff are not told of the second only after fixing the first.
        Map<String, String> missing = new LinkedHashMap<>();
        if (kept == null) {
            missing.put("kept", "ideastorm.merge.kept-required");
        }
        Reason.requiredProblem(reason).ifPresent(problem -> missing.put("reason", problem));
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        Reason given = Reason.required(reason);
        if (merged.equals(kept)) {
            throw refused("kept", "ideastorm.merge.itself");
        }
        long stormId = ideas.findById(merged.value()).orElseThrow(IdeaMergeService::unknown).getStormId();
        merges.lockVoters(stormId);
        // Both ideas locked in id order, so two merges of the same pair cannot wait for each other.
        Idea first = ideas.findForChange(Math.min(merged.value(), kept.value())).orElseThrow(IdeaMergeService::unknown);
        Idea second = ideas.findForChange(Math.max(merged.value(), kept.value())).orElseThrow(IdeaMergeService::unknown);
        Idea duplicate = first.getId() == merged.value() ? first : second;
        Idea keeper = duplicate == first ? second : first;
        if (keeper.getStormId() != stormId) {
            throw refused("kept", "ideastorm.merge.other-storm");
        }
        if (duplicate.isMerged() || duplicate.isHidden()) {
            throw refused("idea", "ideastorm.merge.not-mergeable");
        }
        if (ideas.existsByMergedInto(duplicate.getId())) {
            throw refused("idea", "ideastorm.merge.has-merged");
        }
        if (keeper.isMerged() || keeper.isHidden()) {
            throw refused("kept", "ideastorm.merge.kept-not-shown");
        }
        merges.merge(duplicate, keeper);
        long[] votes = merges.movedAndRemoved(duplicate.getId());
        record(MERGE, duplicate, Phrase.of("ideastorm.merge.facts", votes[0], votes[1]), given);
        live.voted(StormId.of(stormId), kept);
        events.publishEvent(new IdeaMergeDecided(merged, kept, false, people.currentContributorId(), given.text(),
                clock.instant()));
    }

    /** Undoes the merge of {@code merged}, restoring every vote where it was; refused when it is not merged. */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void undo(IdeaId merged, String reason) {
        Reason given = Reason.required(reason);
        Idea unlocked = ideas.findById(merged.value()).orElseThrow(IdeaMergeService::unknown);
        long stormId = unlocked.getStormId();
        merges.lockVoters(stormId);
        // Votes without a budget take no person's lock, only their idea's: both ideas held, in id order, keep them off.
        if (unlocked.isMerged()) {
            merges.lockIdeas(merged.value(), unlocked.getMergedInto());
        }
        Idea duplicate = ideas.findForChange(merged.value()).orElseThrow(IdeaMergeService::unknown);
        if (!duplicate.isMerged()) {
            throw refused("idea", "ideastorm.merge.not-merged");
        }
        IdeaId kept = IdeaId.of(duplicate.getMergedInto());
        long[] votes = merges.movedAndRemoved(duplicate.getId());
        merges.undo(duplicate);
        record(UNDO, duplicate, Phrase.of("ideastorm.merge.facts", votes[0], votes[1]), given);
        live.voted(StormId.of(stormId), kept);
        live.voted(StormId.of(stormId), merged);
        events.publishEvent(new IdeaMergeDecided(merged, kept, true, people.currentContributorId(), given.text(),
                clock.instant()));
    }

    /**
     * The ideas {@code merged} may be merged into whose titles contain {@code typed}: in its storm, shown, not merged
     * themselves, by title.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional(readOnly = true)
    public List<SimilarIdea> targets(IdeaId merged, String typed) {
        Idea idea = ideas.findById(merged.value()).orElseThrow(IdeaMergeService::unknown);
        Storm storm = storms.findById(idea.getStormId()).orElseThrow();
        String words = typed == null ? "" : typed.replaceAll("[%_\\\\]", " ").strip();
        return ideas.findMergeTargets(idea.getStormId(), idea.getId(), words, Limit.of(MOST_TARGETS)).stream()
                .map(target -> new SimilarIdea(target.ideaId(), target.getTitle(), StormRoutes.idea(storm.stormId(),
                        storm.getTitle(), target.ideaId(), target.getTitle()))).toList();
    }

    /** The line names the idea by its storm (an idea's own title is content) and counts the votes it concerned. */
    private void record(LogKind kind, Idea duplicate, Phrase facts, Reason reason) {
        Storm storm = storms.findById(duplicate.getStormId()).orElseThrow();
        log.record(new LoggedDecision(clock.instant(), PersonId.of(people.currentContributorId()), kind,
                duplicate.ideaId().subject(), Phrase.of("ideastorm.moderation.an-idea-in", storm.getTitle()), facts,
                reason.text()));
    }

    private static InvalidInputException refused(String field, String key) {
        return new InvalidInputException(Map.of(field, key));
    }

    private static InvalidInputException unknown() {
        return refused("idea", "ideastorm.idea.unknown");
    }
}
