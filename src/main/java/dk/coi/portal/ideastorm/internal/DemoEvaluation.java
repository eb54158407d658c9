package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.ideastorm.IdeaCarriedOn;
import dk.coi.portal.ideastorm.IdeaStatus;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.revision.EditSummary;
import dk.coi.portal.shared.revision.Revisions;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's evaluation of the concluded e-Boks storm ({@link DemoIdeas}): a rubric of three criteria, scores by two
 * staff members, public answers to two of its ideas (one carried on with its follow-up note) and a third idea
 * weighed without an answer, so the evaluation screen has one to point out. The idea carried on is announced as
 * {@link IdeaCarriedOn}, so the landscape's review screen offers a case draft of it.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo-data.enabled")
class DemoEvaluation {

    private final StormCriterionRepository criteria;
    private final IdeaRepository ideas;
    private final ScoreStore scores;
    private final Revisions revisions;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    DemoEvaluation(StormCriterionRepository criteria, IdeaRepository ideas, ScoreStore scores, Revisions revisions,
                   EntityManager entityManager, TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.events = events;
        this.criteria = criteria;
        this.ideas = ideas;
        this.scores = scores;
        this.revisions = revisions;
        this.entityManager = entityManager;
        this.transaction = transaction;
    }

    /** Evaluates the storm's ideas: {@code receipt} carried on, {@code conclusionFirst} selected, {@code dental} not. */
    void evaluate(Storm storm, long staff, long otherStaff, long receipt, long conclusionFirst, long dental) {
        Instant evaluated = storm.getPhases().get(1).getStartsAt();
        List<StormCriterion> rubric = transaction.execute(status -> criteria.saveAll(List.of(
                new StormCriterion(storm.getId(), 0, "Gør beskeden lettere at forstå", null, 3),
                new StormCriterion(storm.getId(), 1, "Nem at indføre", "Kan indføres uden nye it-systemer", 2),
                new StormCriterion(storm.getId(), 2, "Sparer tid i forvaltningen", null, 1))));
        int[][] given = {{5, 4, 4}, {4, 3, 3}, {5, 5, 4}};
        long[] scored = {receipt, conclusionFirst, dental};
        transaction.executeWithoutResult(status -> {
            for (int idea = 0; idea < scored.length; idea++) {
                for (int criterion = 0; criterion < rubric.size(); criterion++) {
                    long id = rubric.get(criterion).getId();
                    scores.put(scored[idea], id, staff, given[idea][criterion], evaluated.plusSeconds(60L * idea));
                    scores.put(scored[idea], id, otherStaff, Math.max(1, given[idea][criterion] - 1),
                            evaluated.plusSeconds(60L * idea + 30));
                }
            }
        });
        answer(receipt, staff, evaluated.plusSeconds(3600), IdeaStatus.SELECTED, """
                Tak for idéen. Vi har afprøvet en kvittering på én linje i to forvaltninger, og borgerne ringer \
                sjældnere for at høre, om ansøgningen er kommet frem.
                """);
        answer(conclusionFirst, staff, evaluated.plusSeconds(7200), IdeaStatus.SELECTED, """
                Idéen er valgt. Skabelonerne til afgørelser får et afsnit øverst med **det vigtigste først**.
                """);
        transaction.executeWithoutResult(status -> {
            Idea carried = ideas.findById(receipt).orElseThrow();
            String note = "Føres videre som projekt om korte kvitteringer i alle forvaltninger.";
            carried.changeStatus(IdeaStatus.CARRIED_ON, note);
            // Told to other modules as staff's own carrying on is: the landscape offers a case draft of it.
            events.publishEvent(new IdeaCarriedOn(carried.ideaId(), StormId.of(storm.getId()), carried.getTitle(),
                    note, PersonId.of(staff), evaluated.plusSeconds(3600)));
            ideas.findById(dental).orElseThrow().changeStatus(IdeaStatus.UNDER_EVALUATION, null);
        });
    }

    private void answer(long id, long staff, Instant at, IdeaStatus status, String text) {
        transaction.executeWithoutResult(inTransaction -> {
            Idea idea = ideas.findById(id).orElseThrow();
            idea.answer(text.strip(), staff, at);
            idea.changeStatus(status, null);
            entityManager.flush();
            revisions.describeCurrent(EditSummary.of(Phrase.of("ideastorm.idea.revision.answered")), staff, at);
        });
    }
}
