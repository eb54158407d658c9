package dk.coi.portal.ideastorm;

import dk.coi.portal.shared.SafeHtml;
import java.time.Instant;
import java.util.List;

/**
 * A storm's evaluation as results publish it: the rubric's criteria with their weights, and each visible idea's
 * status, rubric score (the weighted mean over the criteria of the staff's mean score, 1–5; null when unscored),
 * public answer (null when none; also as plain text) and when it was answered.
 */
public record StormEvaluation(List<Criterion> criteria, List<IdeaResult> ideas) {

    public StormEvaluation {
        criteria = List.copyOf(criteria);
        ideas = List.copyOf(ideas);
    }

    public record IdeaResult(IdeaId id, IdeaStatus status, Double score, SafeHtml answer, String answerText,
                             Instant answeredAt) {
    }
}
