package dk.coi.portal.ideastorm;

import dk.coi.portal.shared.SafeHtml;
import java.time.Instant;
import java.util.List;

/**
 * An idea's evaluation as its page shows it: the public answer (Markdown source and rendered; null while there is
 * none), who wrote its latest words (null once erased: "Slettet bruger") and when, the follow-up note of an idea
 * carried on, and for staff ({@code staff} null for everyone else) the rubric's scores and what they may do.
 */
public record IdeaEvaluation(String answer, SafeHtml answerHtml, String answeredBy, Instant answeredAt,
                             String followUpNote, Staff staff) {

    public boolean answered() {
        return answer != null;
    }

    /**
     * What staff see and may do: each criterion with their own score and the staff's mean, the idea's rubric
     * score (null until scored), whether they may score now (an evaluation phase), answer and set a status (from
     * the evaluation on), and the statuses the idea may move to; {@code withdrawnKey} says why the idea takes no
     * evaluation (hidden, waiting for approval, merged; null when it does), and then they may do nothing.
     */
    public record Staff(List<CriterionScore> criteria, Double score, boolean mayScore, boolean mayAnswer,
                        List<IdeaStatus> nextStatuses, String withdrawnKey) {

        public Staff {
            criteria = List.copyOf(criteria);
            nextStatuses = List.copyOf(nextStatuses);
        }
    }

    /** A criterion with the visitor's own score (null: none yet), the staff's mean (null: none) and how many scored. */
    public record CriterionScore(Criterion criterion, Integer mine, Double mean, int scorers) {
    }
}
