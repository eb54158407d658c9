package dk.coi.portal.ideastorm;

import java.time.Instant;
import java.util.List;

/**
 * A storm's evaluation as staff follow it: the storm, its answer deadline (null: none), whether scoring is open
 * (an evaluation phase), every idea with its status, rubric score and whether it has its public answer (those
 * hidden, waiting or merged marked as taking no evaluation), and how many still lack one.
 */
public record EvaluationBoard(StormId storm, String stormTitle, String stormPath, Instant answerDeadline,
                             boolean scoring, List<Line> ideas) {

    public EvaluationBoard {
        ideas = List.copyOf(ideas);
    }

    public long unanswered() {
        return ideas.stream().filter(line -> line.withdrawnKey() == null && !line.answered()).count();
    }

    /**
     * An idea on the board; {@code score} null until scored; {@code withdrawnKey} why it takes no evaluation (hidden,
     * waiting for approval, merged; null when it does).
     */
    public record Line(IdeaId id, String title, String path, IdeaStatus status, Double score, boolean answered,
                       String withdrawnKey) {
    }
}
