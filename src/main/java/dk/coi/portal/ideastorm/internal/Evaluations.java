package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.ideastorm.EvaluationBoard;
import dk.coi.portal.ideastorm.EvaluationQuery;
import dk.coi.portal.ideastorm.IdeaEvaluation;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaStatus;
import dk.coi.portal.ideastorm.StormEvaluation;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.shared.MarkdownService;
import dk.coi.portal.shared.PlainText;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The evaluation's read models, worked out inside the calling service's transaction: an idea's evaluation for its
 * page, a storm's evaluation board for staff and its evaluation as results publish it. An idea's rubric score is the
 * weighted mean over the criteria scored of the staff's mean score on each (criteria nobody scored yet are left out,
 * so one early score does not read as a poor idea); null while nobody has scored it.
 */
@Component
public class Evaluations {

    private final StormCriterionRepository criteria;
    private final ScoreStore scores;
    private final IdeaRepository ideas;
    private final PersonService people;
    private final MarkdownService markdown;
    private final Clock clock;

    Evaluations(StormCriterionRepository criteria, ScoreStore scores, IdeaRepository ideas, PersonService people,
                MarkdownService markdown, Clock clock) {
        this.criteria = criteria;
        this.scores = scores;
        this.ideas = ideas;
        this.people = people;
        this.markdown = markdown;
        this.clock = clock;
    }

    /** The idea's evaluation; with the staff's part when {@code staffMember} is given (their person id). */
    public IdeaEvaluation of(Storm storm, Idea idea, Long staffMember) {
        String answeredBy = idea.getAnsweredBy() == null ? null
                : people.authorName(PersonId.of(idea.getAnsweredBy())).orElse(null);
        IdeaEvaluation.Staff staff = staffMember == null ? null : staffPart(storm, idea, staffMember);
        return new IdeaEvaluation(idea.getAnswer(), idea.getAnswer() == null ? null : markdown.render(idea.getAnswer()),
                answeredBy, idea.getAnsweredAt(), idea.getFollowUpNote(), staff);
    }

    /** One page of the storm's evaluation board, with the exact count of its unanswered ideas. */
    public EvaluationBoard board(Storm storm, EvaluationQuery query) {
        Page<IdeaRepository.EvaluationRow> rows = ideas.findEvaluationRows(storm.getId(), query.status(),
                query.onlyUnanswered(), PageRequest.of(query.page(), EvaluationQuery.PER_PAGE));
        Map<Long, Double> rubricScores = rubricScores(storm, rows.stream().map(IdeaRepository.EvaluationRow::getId)
                .toList());
        return new EvaluationBoard(storm.stormId(), storm.getTitle(),
                StormRoutes.storm(storm.stormId(), storm.getTitle()), storm.getAnswerDeadline(),
                EvaluationRules.scoring(storm, clock.instant()), ideas.countUnanswered(storm.getId()), query,
                rows.getTotalElements(), rows.stream().map(row -> new EvaluationBoard.Line(
                        IdeaId.of(row.getId()), row.getTitle(), StormRoutes.idea(storm.stormId(), storm.getTitle(),
                        IdeaId.of(row.getId()), row.getTitle()), row.getStatus(), row.getStatus().shownKey(
                        row.isAwaitingApproval(), row.isHidden(), row.isMerged()), rubricScores.get(row.getId()),
                        row.getAnsweredAt() != null, EvaluationRules.withdrawn(row.isMerged(),
                        row.isAwaitingApproval(), row.isHidden()).orElse(null))).toList());
    }

    /** The storm's rubric and the evaluation of its {@code visible} ideas, as its results publish them. */
    public StormEvaluation results(Storm storm, List<Idea> visible) {
        List<StormCriterion> rubric = rubric(storm.getId());
        Map<Long, List<ScoreStore.Score>> byIdea = scores.ofIdeas(visible.stream().map(Idea::getId).toList()).stream()
                .collect(Collectors.groupingBy(ScoreStore.Score::ideaId));
        return new StormEvaluation(rubric.stream().map(StormCriterion::toCriterion).toList(),
                visible.stream().map(idea -> {
                    List<ScoreStore.Score> given = byIdea.getOrDefault(idea.getId(), List.of());
                    return new StormEvaluation.IdeaResult(idea.ideaId(), idea.getStatus(), rubricScore(rubric, given),
                            rubric.stream().map(criterion -> mean(onCriterion(given, criterion))).toList(),
                            idea.getAnswer() == null ? null : markdown.render(idea.getAnswer()),
                            idea.getAnswer() == null ? null : PlainText.ofMarkdown(idea.getAnswer()),
                            idea.getAnsweredAt());
                }).toList());
    }

    public List<StormCriterion> rubric(long stormId) {
        return criteria.findByStormIdOrderByPositionAscIdAsc(stormId);
    }

    private IdeaEvaluation.Staff staffPart(Storm storm, Idea idea, long staffMember) {
        List<StormCriterion> rubric = rubric(storm.getId());
        List<ScoreStore.Score> given = scores.ofIdeas(List.of(idea.getId()));
        List<IdeaEvaluation.CriterionScore> lines = rubric.stream().map(criterion -> {
            List<ScoreStore.Score> onIt = given.stream().filter(s -> s.criterionId() == criterion.getId()).toList();
            Integer mine = onIt.stream().filter(s -> s.personId() == staffMember).map(ScoreStore.Score::score)
                    .findFirst().orElse(null);
            return new IdeaEvaluation.CriterionScore(criterion.toCriterion(), mine, mean(onIt), onIt.size());
        }).toList();
        String withdrawn = EvaluationRules.withdrawn(idea).orElse(null);
        boolean answering = withdrawn == null && EvaluationRules.answering(storm);
        List<IdeaStatus> next = answering ? Arrays.stream(IdeaStatus.values()).filter(idea.getStatus()::mayBecome)
                .toList() : List.of();
        return new IdeaEvaluation.Staff(lines, rubricScore(rubric, given), withdrawn == null
                && EvaluationRules.scoring(storm, clock.instant()) && !rubric.isEmpty(), answering, next, withdrawn);
    }

    private Map<Long, Double> rubricScores(Storm storm, Collection<Long> ideaIds) {
        List<StormCriterion> rubric = rubric(storm.getId());
        Map<Long, List<ScoreStore.Score>> byIdea = scores.ofIdeas(ideaIds).stream()
                .collect(Collectors.groupingBy(ScoreStore.Score::ideaId));
        return byIdea.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> rubricScore(rubric, entry.getValue())));
    }

    /** The weighted mean over the scored criteria of each one's mean score; null when none is scored. */
    static Double rubricScore(List<StormCriterion> rubric, List<ScoreStore.Score> scoresOfIdea) {
        double weighted = 0;
        int weights = 0;
        for (StormCriterion criterion : rubric) {
            Double mean = mean(onCriterion(scoresOfIdea, criterion));
            if (mean != null) {
                weighted += mean * criterion.getWeight();
                weights += criterion.getWeight();
            }
        }
        return weights == 0 ? null : weighted / weights;
    }

    private static List<ScoreStore.Score> onCriterion(List<ScoreStore.Score> scoresOfIdea, StormCriterion criterion) {
        return scoresOfIdea.stream().filter(s -> s.criterionId() == criterion.getId()).toList();
    }

    private static Double mean(List<ScoreStore.Score> onCriterion) {
        OptionalDouble mean = onCriterion.stream().mapToInt(ScoreStore.Score::score).average();
        return mean.isPresent() ? mean.getAsDouble() : null;
    }
}
