package dk.coi.portal.ideastorm.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Merging a duplicate idea into the one kept, and undoing it exactly, on the vote rows (design decision 012): every
 * person who voted for either counts once on the kept idea. A vote on the merged idea is moved (its row, so its id
 * and time stay) unless the voter voted for the kept idea too, in which case it is removed; each is remembered in
 * {@code idea_merged_vote}, so undoing moves the moved rows back (those not withdrawn meanwhile) and gives the
 * removed votes again with their times. A vote given on the kept idea after the merge is a new row and stays. No
 * person's number of votes in the storm grows by a merge; undoing may give back a removed vote beyond a budget
 * lowered meanwhile, as a vote given within its budget is never taken back.
 * <p>
 * Runs in a READ COMMITTED transaction and first locks every participant row of the storm, in person order (a
 * withdrawal or a vote against a budget locks its voter's row first), then both ideas' rows in id order
 * ({@link #lockIdeas}; every vote reads its idea under a shared lock, a batch of them in ascending order): no vote on
 * either idea is half-way while the votes move, and a vote that comes after waits and sees the merge.
 */
@Component
public class IdeaMerges {

    private final EntityManager entityManager;

    IdeaMerges(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Locks the two ideas' rows, in id order (as every merge and batch of votes takes them), until the end. */
    public void lockIdeas(long oneIdea, long otherIdea) {
        entityManager.createNativeQuery("select id from idea where id in (:one, :other) order by id for update")
                .setParameter("one", oneIdea).setParameter("other", otherIdea).getResultList();
    }

    /** Locks the storm's voters' rows, in one order, until the transaction ends. */
    public void lockVoters(long stormId) {
        entityManager.createNativeQuery(
                        "select person_id from storm_participant where storm_id = :storm order by person_id for update")
                .setParameter("storm", stormId).getResultList();
    }

    /**
     * Whether the idea is merged, read as committed under a shared lock, after the voter's row is locked: a merge
     * holds the idea's exclusive lock until it commits, so a vote never lands on an idea merged meanwhile.
     */
    public boolean isMergedNow(long ideaId) {
        List<?> mergedInto = entityManager.createNativeQuery(
                        "select merged_into from idea where id = :idea lock in share mode")
                .setParameter("idea", ideaId).getResultList();
        return !mergedInto.isEmpty() && mergedInto.getFirst() != null;
    }

    /** Moves the merged idea's votes to the kept idea (see the class) and marks it merged. */
    public void merge(Idea merged, Idea kept) {
        entityManager.createNativeQuery("""
                        insert into idea_merged_vote (merged_idea_id, person_id, vote_id, created_at)
                        select v.id_merged, v.person_id,
                               case when k.id is null then v.id end, v.created_at
                        from (select idea_id as id_merged, id, person_id, created_at from idea_vote
                              where idea_id = :merged) v
                        left join idea_vote k on k.idea_id = :kept and k.person_id = v.person_id""")
                .setParameter("merged", merged.getId()).setParameter("kept", kept.getId()).executeUpdate();
        entityManager.createNativeQuery("""
                        delete v from idea_vote v join idea_merged_vote m
                          on m.merged_idea_id = v.idea_id and m.person_id = v.person_id and m.vote_id is null
                        where v.idea_id = :merged""")
                .setParameter("merged", merged.getId()).executeUpdate();
        entityManager.createNativeQuery("update idea_vote set idea_id = :kept where idea_id = :merged")
                .setParameter("merged", merged.getId()).setParameter("kept", kept.getId()).executeUpdate();
        merged.mergeInto(kept.getId());
    }

    /** Restores every vote the merge moved or removed (see the class) and the idea as it was. */
    public void undo(Idea merged) {
        long kept = merged.getMergedInto();
        List<?> movingBack = entityManager.createNativeQuery("""
                        select m.person_id from idea_merged_vote m join idea_vote v on v.id = m.vote_id
                        where m.merged_idea_id = :merged and v.idea_id = :kept""")
                .setParameter("merged", merged.getId()).setParameter("kept", kept).getResultList();
        entityManager.createNativeQuery("""
                        update idea_vote v join idea_merged_vote m on m.vote_id = v.id
                        set v.idea_id = m.merged_idea_id
                        where m.merged_idea_id = :merged and v.idea_id = :kept""")
                .setParameter("merged", merged.getId()).setParameter("kept", kept).executeUpdate();
        entityManager.createNativeQuery("""
                        insert into idea_vote (idea_id, person_id, storm_id, created_at)
                        select m.merged_idea_id, m.person_id, :storm, m.created_at from idea_merged_vote m
                        where m.merged_idea_id = :merged and m.vote_id is null""")
                .setParameter("merged", merged.getId()).setParameter("storm", merged.getStormId()).executeUpdate();
        entityManager.createNativeQuery("delete from idea_merged_vote where merged_idea_id = :merged")
                .setParameter("merged", merged.getId()).executeUpdate();
        movingBack.forEach(person -> keepCounted(kept, ((Number) person).longValue(), merged.getStormId()));
        merged.unmerge();
    }

    /**
     * A vote this undoing moved off the kept idea may have stood there for the person's vote on another idea merged
     * into it too (that merge removed it as counted already): that vote now takes its place, given on the kept idea
     * with its own time and remembered as moved, so the person still counts once there and undoing that merge later
     * moves it back to where it was.
     */
    private void keepCounted(long kept, long person, long stormId) {
        List<?> removed = entityManager.createNativeQuery("""
                        select m.merged_idea_id from idea_merged_vote m join idea i on i.id = m.merged_idea_id
                        where i.merged_into = :kept and m.person_id = :person and m.vote_id is null
                        order by m.merged_idea_id limit 1""")
                .setParameter("kept", kept).setParameter("person", person).getResultList();
        if (removed.isEmpty()) {
            return;
        }
        long other = ((Number) removed.getFirst()).longValue();
        entityManager.createNativeQuery("""
                        insert into idea_vote (idea_id, person_id, storm_id, created_at)
                        select :kept, person_id, :storm, created_at from idea_merged_vote
                        where merged_idea_id = :other and person_id = :person""")
                .setParameter("kept", kept).setParameter("storm", stormId).setParameter("other", other)
                .setParameter("person", person).executeUpdate();
        entityManager.createNativeQuery("""
                        update idea_merged_vote m join idea_vote v on v.idea_id = :kept and v.person_id = m.person_id
                        set m.vote_id = v.id where m.merged_idea_id = :other and m.person_id = :person""")
                .setParameter("kept", kept).setParameter("other", other).setParameter("person", person)
                .executeUpdate();
    }

    /** How many votes a merge moved ({@code [0]}) and removed as counted already ({@code [1]}). */
    public long[] movedAndRemoved(long mergedIdeaId) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        select coalesce(sum(vote_id is not null), 0), coalesce(sum(vote_id is null), 0)
                        from idea_merged_vote where merged_idea_id = :merged""")
                .setParameter("merged", mergedIdeaId).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }
}
