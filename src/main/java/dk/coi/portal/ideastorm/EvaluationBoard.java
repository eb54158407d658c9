package dk.coi.portal.ideastorm;

import java.time.Instant;
import java.util.List;

/**
 * A storm's evaluation as staff follow it: the storm, its answer deadline (null: none), whether scoring is open
 * (an evaluation phase), how many of its ideas that take an evaluation still lack a public answer (all of them,
 * whatever the query), and one page of the ideas the query asks for, each with its status, rubric score and whether
 * it is answered (those hidden, waiting or merged marked as taking no evaluation); {@code matching} is how many
 * ideas the query finds on all pages.
 */
public record EvaluationBoard(StormId storm, String stormTitle, String stormPath, Instant answerDeadline,
                              boolean scoring, long unanswered, EvaluationQuery query, long matching,
                              List<Line> ideas) {

    public EvaluationBoard {
        ideas = List.copyOf(ideas);
    }

    public int pages() {
        return (int) ((matching + EvaluationQuery.PER_PAGE - 1) / EvaluationQuery.PER_PAGE);
    }

    public boolean hasPrevious() {
        return query.page() > 0;
    }

    public boolean hasNext() {
        return query.page() + 1 < pages();
    }

    /**
     * An idea on the board; {@code shownStatusKey} where it stands, as its page says it ({@link IdeaStatus#shownKey});
     * {@code score} null until scored; {@code withdrawnKey} why it takes no evaluation (hidden, waiting for approval,
     * merged; null when it does).
     */
    public record Line(IdeaId id, String title, String path, IdeaStatus status, String shownStatusKey, Double score,
                       boolean answered, String withdrawnKey) {
    }
}
