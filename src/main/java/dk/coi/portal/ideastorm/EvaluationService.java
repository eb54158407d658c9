package dk.coi.portal.ideastorm;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.ideastorm.internal.EvaluationRules;
import dk.coi.portal.ideastorm.internal.Evaluations;
import dk.coi.portal.ideastorm.internal.Idea;
import dk.coi.portal.ideastorm.internal.IdeaRepository;
import dk.coi.portal.ideastorm.internal.ScoreStore;
import dk.coi.portal.ideastorm.internal.Storm;
import dk.coi.portal.ideastorm.internal.StormCriterion;
import dk.coi.portal.ideastorm.internal.StormCriterionRepository;
import dk.coi.portal.ideastorm.internal.StormRepository;
import dk.coi.portal.ideastorm.internal.VoteStore;
import dk.coi.portal.notification.NewNotice;
import dk.coi.portal.notification.Notifications;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.MarkdownService;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.SafeHtml;
import dk.coi.portal.shared.revision.EditSummary;
import dk.coi.portal.shared.revision.Revisions;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation of a storm's ideas by staff: the rubric (criteria with weights, editable until the first score),
 * scores of 1–5 per criterion and staff member while the storm is in an evaluation phase, and from the evaluation
 * on each idea's status and public answer (a named revision, with a version check), never of an idea that is hidden,
 * waits for approval or is merged into another (it is not read; the kept idea is evaluated). The idea's author, its voters
 * and its followers hear of its first answer and of each new status; an idea carried on is published as
 * {@link IdeaCarriedOn}.
 */
@Service
public class EvaluationService {

    private final StormRepository storms;
    private final IdeaRepository ideas;
    private final StormCriterionRepository criteria;
    private final ScoreStore scores;
    private final VoteStore votes;
    private final Evaluations evaluations;
    private final PersonService people;
    private final Notifications notifications;
    private final Revisions revisions;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MarkdownService markdown;

    EvaluationService(MarkdownService markdown, StormRepository storms, IdeaRepository ideas, StormCriterionRepository criteria,
                      ScoreStore scores, VoteStore votes, Evaluations evaluations, PersonService people,
                      Notifications notifications, Revisions revisions, EntityManager entityManager,
                      ApplicationEventPublisher events, Clock clock) {
        this.storms = storms;
        this.ideas = ideas;
        this.criteria = criteria;
        this.scores = scores;
        this.votes = votes;
        this.evaluations = evaluations;
        this.people = people;
        this.notifications = notifications;
        this.revisions = revisions;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
        this.markdown = markdown;
    }

    /** The storm's rubric as staff edit it: locked once an idea has been scored on it. */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional(readOnly = true)
    public Rubric rubric(StormId id) {
        Storm storm = storm(id);
        return new Rubric(evaluations.rubric(storm.getId()).stream().map(StormCriterion::toCriterion).toList(),
                scores.anyInStorm(storm.getId()), storm.getRubricVersion());
    }

    /**
     * Staff give the storm its rubric (replacing the criteria it had), made from the rubric at {@code version}:
     * refused when someone changed it since, once an idea has been scored, or for a criterion the rules refuse.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void setRubric(StormId id, List<CriterionDraft> drafts, long version) {
        List<CriterionDraft> checked = EvaluationRules.checkRubric(drafts);
        // Locked until this commits; a score given meanwhile still cannot lose its criterion (its foreign key).
        Storm storm = storms.findForChange(id.value()).orElseThrow(EvaluationService::unknownStorm);
        if (storm.getRubricVersion() != version) {
            throw new InvalidInputException(Map.of("criteria", "ideastorm.rubric.changed-meanwhile"));
        }
        if (scores.anyInStorm(storm.getId())) {
            throw new InvalidInputException(Map.of("criteria", "ideastorm.rubric.locked"));
        }
        criteria.deleteByStorm(storm.getId());
        criteria.saveAll(StormCriterion.inOrder(storm.getId(), checked));
        storm.rubricChanged();
    }

    /**
     * The signed-in staff member scores the idea on a criterion of its storm's rubric (1–5; null takes their score
     * back), while the storm is in an evaluation phase.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void score(IdeaId id, long criterionId, Integer score) {
        EvaluationRules.checkScore(score);
        // Locked, so a hiding or merge at the same moment comes wholly before or after the score.
        Idea idea = ideas.findForChange(id.value()).orElseThrow(EvaluationService::unknownIdea);
        EvaluationRules.refuseIfWithdrawn(idea);
        Storm storm = storm(StormId.of(idea.getStormId()));
        if (!EvaluationRules.scoring(storm, clock.instant())) {
            throw new InvalidInputException(Map.of("score", "ideastorm.score.not-evaluating"));
        }
        if (evaluations.rubric(storm.getId()).stream().noneMatch(c -> c.getId() == criterionId)) {
            throw new InvalidInputException(Map.of("score", "ideastorm.score.unknown-criterion"));
        }
        long staff = people.currentContributorId();
        if (score == null) {
            scores.remove(idea.getId(), criterionId, staff);
        } else {
            scores.put(idea.getId(), criterionId, staff, score, clock.instant());
        }
    }

    /**
     * Staff give the idea a new status from the storm's evaluation on, by {@link IdeaStatus#mayBecome}; carried on
     * needs a follow-up note. {@code version} is the idea's version they saw; a change made since is refused.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void setStatus(IdeaId id, IdeaStatus status, String followUpNote, long version) {
        if (status == null) {
            throw new InvalidInputException(Map.of("status", "ideastorm.status.not-allowed"));
        }
        evaluate(id, status, followUpNote, null, version);
    }

    /**
     * Staff write or edit the idea's public answer (Markdown) from the storm's evaluation on, as a named revision;
     * {@code version} is the idea's version they saw, and a change made since is refused. The idea's audience hears
     * of its first answer, and of each change to it (not mailed again until they have looked, as all of an idea's
     * notices).
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void answer(IdeaId id, String answer, long version) {
        evaluate(id, null, null, EvaluationRules.checkAnswer(answer), version);
    }

    /**
     * Staff save the idea's evaluation at once: a new status ({@code status} null keeps it; carried on with its
     * follow-up note) and its public answer ({@code answer} null keeps it), by the rules of {@link #setStatus} and
     * {@link #answer}, all or nothing. The idea's audience hears once: of its first answer and new status together,
     * or of whichever of the two happened.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void evaluate(IdeaId id, IdeaStatus status, String followUpNote, String answer, long version) {
        String text = answer == null ? null : EvaluationRules.checkAnswer(answer);
        if (status == null && text == null) {
            throw new InvalidInputException(Map.of("status", "ideastorm.evaluation.nothing-to-save"));
        }
        Idea idea = forEvaluation(id, version);
        if (status != null && !idea.getStatus().mayBecome(status)) {
            throw new InvalidInputException(Map.of("status", "ideastorm.status.not-allowed"));
        }
        String note = status == IdeaStatus.CARRIED_ON ? EvaluationRules.checkNote(followUpNote) : null;
        PersonId staff = PersonId.of(people.currentContributorId());
        Instant now = clock.instant();
        boolean firstAnswer = text != null && !idea.answered();
        if (status != null) {
            idea.changeStatus(status, note);
        }
        boolean answerChanged = text != null && idea.answer(text, staff.value(), now);
        if (answerChanged) {
            entityManager.flush();
            revisions.describeCurrent(EditSummary.of(Phrase.of(firstAnswer ? "ideastorm.idea.revision.answered"
                    : "ideastorm.idea.revision.answer-edited")), null, null);
        }
        EditSummary newStatus = status == null ? null : EditSummary.of(Phrase.of(status.labelKey()));
        if (firstAnswer && status != null) {
            tell(idea, IdeaFollowing.NoticeKind.ANSWERED_WITH_STATUS, newStatus, staff, now);
        } else if (status != null) {
            tell(idea, IdeaFollowing.NoticeKind.STATUS_CHANGED, newStatus, staff, now);
        } else if (firstAnswer) {
            tell(idea, IdeaFollowing.NoticeKind.ANSWERED, null, staff, now);
        } else if (answerChanged) {
            tell(idea, IdeaFollowing.NoticeKind.ANSWER_CHANGED, null, staff, now);
        }
        if (status == IdeaStatus.CARRIED_ON) {
            events.publishEvent(new IdeaCarriedOn(id, StormId.of(idea.getStormId()), idea.getTitle(), note, staff,
                    now));
        }
    }

    /**
     * The storm's evaluation as staff follow it: a page of the visible ideas the query asks for, each with its
     * status, score and whether it is answered, and how many of all still lack an answer.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional(readOnly = true)
    public EvaluationBoard board(StormId id, EvaluationQuery query) {
        return evaluations.board(storm(id), query);
    }

    /** An answer as it will be shown, for the editor's preview; refused when it could not be saved. */
    @PreAuthorize("hasRole('COI_STAFF')")
    public SafeHtml previewAnswer(String answer) {
        if (answer != null && answer.length() > EvaluationRules.MAX_ANSWER) {
            throw new InvalidInputException(Map.of("answer", "ideastorm.answer.too-long"));
        }
        return markdown.render(answer == null ? "" : answer);
    }

    /** The idea's author, everyone who voted for it and its followers, once each; never the staff member. */
    private void tell(Idea idea, IdeaFollowing.NoticeKind kind, EditSummary summary, PersonId staff, Instant at) {
        Set<PersonId> concerned = new LinkedHashSet<>();
        concerned.add(PersonId.of(idea.getAuthorId()));
        votes.voters(idea.getId()).forEach(voter -> concerned.add(PersonId.of(voter)));
        notifications.notifyFollowersAnd(concerned, new NewNotice(idea.ideaId().subject(), kind.name(), null, staff,
                summary, at));
    }

    private Idea forEvaluation(IdeaId id, long version) {
        Idea idea = ideas.findForChange(id.value()).orElseThrow(EvaluationService::unknownIdea);
        EvaluationRules.refuseIfWithdrawn(idea);
        if (!EvaluationRules.answering(storm(StormId.of(idea.getStormId())))) {
            throw new InvalidInputException(Map.of("idea", "ideastorm.evaluation.not-yet"));
        }
        if (idea.getVersion() != version) {
            throw new InvalidInputException(Map.of("idea", "ideastorm.idea.changed-meanwhile"));
        }
        return idea;
    }

    private Storm storm(StormId id) {
        return storms.findWithPhasesById(id.value()).orElseThrow(EvaluationService::unknownStorm);
    }

    private static InvalidInputException unknownStorm() {
        return new InvalidInputException(Map.of("storm", "ideastorm.storm.unknown"));
    }

    private static InvalidInputException unknownIdea() {
        return new InvalidInputException(Map.of("idea", "ideastorm.idea.unknown"));
    }
}
