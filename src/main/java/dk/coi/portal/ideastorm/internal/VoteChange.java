package dk.coi.portal.ideastorm.internal;

import java.util.Comparator;
import java.util.List;

/**
 * One vote given or withdrawn the quick way (design decision 012), as {@link VoteBatches} takes it: the idea, its
 * storm, the person and the audiences that admit the person. The batch that makes it gives it its time.
 *
 * @param adding true to give the vote, false to withdraw it
 */
public record VoteChange(boolean adding, long idea, long storm, long person, List<String> audiences) {

    /**
     * The order a batch takes the people's locks in: their storm_participant rows' key (storm, person), the order a
     * merge takes them in ({@link IdeaMerges#lockVoters}), so no two batches, nor a batch and a merge, wait for each
     * other's participant rows in opposite orders.
     */
    static final Comparator<VoteChange> LOCK_ORDER = Comparator.comparingLong(VoteChange::storm)
            .thenComparingLong(VoteChange::person);

    /** The order a batch makes its changes in: the unique key of idea_vote, (idea, person). */
    static final Comparator<VoteChange> CHANGE_ORDER = Comparator.comparingLong(VoteChange::idea)
            .thenComparingLong(VoteChange::person);

    public VoteChange {
        audiences = List.copyOf(audiences);
    }
}
