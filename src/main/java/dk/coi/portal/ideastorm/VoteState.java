package dk.coi.portal.ideastorm;

/**
 * The visitor's voting in a storm, from the rules the vote itself enforces: whether they may vote now (and why
 * not), whether the current phase shows counts, the storm's budget of votes per person (null: none) and how many
 * of their votes it holds.
 */
public record VoteState(Voting voting, boolean countsShown, Integer budget, int used) {

    /** Votes the visitor may still give; null without a budget. */
    public Integer remaining() {
        return budget == null ? null : Math.max(0, budget - used);
    }

    /** Whether one more vote is within the budget (a vote already given may always be withdrawn). */
    public boolean mayAddVote() {
        return voting.isOpen() && (budget == null || used < budget);
    }
}
