package dk.coi.portal.ideastorm;

import dk.coi.portal.shared.SafeHtml;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A storm's evaluation as results publish it: the rubric's criteria with their weights, and each visible idea's
 * status, rubric score (the weighted mean over the criteria of the staff's mean score, 1–5; null when unscored),
 * the staff's mean score on each criterion (in the rubric's order; null where nobody scored it), public answer (null when none; also as plain text) and when it was answered.
 */
public record StormEvaluation(List<Criterion> criteria, List<IdeaResult> ideas) {

    public StormEvaluation {
        criteria = List.copyOf(criteria);
        ideas = List.copyOf(ideas);
    }

    public record IdeaResult(IdeaId id, IdeaStatus status, Double score, List<Double> criterionScores,
                             SafeHtml answer, String answerText, Instant answeredAt) {

        public IdeaResult {
            // Unscored criteria are null, which List.copyOf refuses.
            criterionScores = Collections.unmodifiableList(new ArrayList<>(criterionScores));
        }
    }
}
