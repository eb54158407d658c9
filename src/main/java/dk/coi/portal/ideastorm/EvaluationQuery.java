package dk.coi.portal.ideastorm;

/**
 * Which page of a storm's evaluation board staff look at: only ideas with {@code status} (null: any), only those
 * still without a public answer, and the page (from 0).
 */
public record EvaluationQuery(IdeaStatus status, boolean onlyUnanswered, int page) {

    /** How many ideas one page of the board lists. */
    public static final int PER_PAGE = 50;

    public EvaluationQuery {
        page = Math.max(0, page);
    }

    /** Every idea, first page. */
    public static EvaluationQuery first() {
        return new EvaluationQuery(null, false, 0);
    }

    public EvaluationQuery onPage(int other) {
        return new EvaluationQuery(status, onlyUnanswered, other);
    }
}
