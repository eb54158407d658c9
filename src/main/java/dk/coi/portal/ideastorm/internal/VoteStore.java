package dk.coi.portal.ideastorm.internal;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Votes in the database (design decision 012): one row a vote, counted with COUNT(*) on the unique key's leftmost
 * column (idea_id), never a counter row. A person's votes in one storm are taken one at a time under the lock of
 * their storm_participant row.
 */
@Component
public class VoteStore {

    /** One of a person's votes, for their GDPR export. */
    public record PersonsVote(long stormId, long ideaId, Instant at) {
    }

    /**
     * What a merge remembers of one of a person's votes on the merged idea, for their GDPR export: the vote given then
     * ({@code at}), and whether it was removed as counted already on the kept idea ({@code removed}) or moved there.
     */
    public record PersonsMergedVote(long stormId, long mergedIdeaId, long keptIdeaId, Instant at, boolean removed) {
    }

    private final EntityManager entityManager;

    VoteStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Takes the person's lock in the storm until the transaction ends, creating their row on their first vote. An
     * upsert takes the row's exclusive lock at once; INSERT IGNORE followed by SELECT … FOR UPDATE would hold a shared
     * lock on a row another transaction had just inserted and then ask for the exclusive one, and two such
     * transactions of one person deadlock.
     */
    public void lockParticipant(long stormId, long personId) {
        entityManager.createNativeQuery("""
                        insert into storm_participant (storm_id, person_id) values (:storm, :person)
                        on duplicate key update person_id = person_id""")
                .setParameter("storm", stormId).setParameter("person", personId).executeUpdate();
    }

    public boolean hasVoted(long ideaId, long personId) {
        return ((Number) entityManager.createNativeQuery(
                        "select count(*) from idea_vote where idea_id = :idea and person_id = :person")
                .setParameter("idea", ideaId).setParameter("person", personId).getSingleResult()).longValue() > 0;
    }

    public int votesInStorm(long stormId, long personId) {
        return ((Number) entityManager.createNativeQuery(
                        "select count(*) from idea_vote where person_id = :person and storm_id = :storm")
                .setParameter("person", personId).setParameter("storm", stormId).getSingleResult()).intValue();
    }

    public void add(long ideaId, long personId, long stormId, Instant at) {
        entityManager.createNativeQuery("""
                        insert into idea_vote (idea_id, person_id, storm_id, created_at)
                        values (:idea, :person, :storm, :at)""")
                .setParameter("idea", ideaId).setParameter("person", personId).setParameter("storm", stormId)
                .setParameter("at", at).executeUpdate();
    }

    /** Whether there was a vote to withdraw. */
    public boolean remove(long ideaId, long personId) {
        return entityManager.createNativeQuery("delete from idea_vote where idea_id = :idea and person_id = :person")
                .setParameter("idea", ideaId).setParameter("person", personId).executeUpdate() > 0;
    }

    /** Each idea's count (ideas without votes are left out). */
    public Map<Long, Long> counts(Collection<Long> ideaIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (ideaIds.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select idea_id, count(*) from idea_vote where idea_id in (:ideas) group by idea_id")
                .setParameter("ideas", ideaIds).getResultList();
        rows.forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return counts;
    }

    /** Which of the ideas the person has voted for. */
    public Set<Long> votedBy(long personId, Collection<Long> ideaIds) {
        if (ideaIds.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> rows = entityManager.createNativeQuery(
                        "select idea_id from idea_vote where person_id = :person and idea_id in (:ideas)")
                .setParameter("person", personId).setParameter("ideas", ideaIds).getResultList();
        Set<Long> voted = new HashSet<>();
        rows.forEach(row -> voted.add(row.longValue()));
        return voted;
    }

    /** Everyone who has voted for the idea (told of its answer). */
    public List<Long> voters(long ideaId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = entityManager.createNativeQuery("select person_id from idea_vote where idea_id = :idea")
                .setParameter("idea", ideaId).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    public List<PersonsVote> ofPerson(long personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select storm_id, idea_id, created_at from idea_vote where person_id = :person order by id")
                .setParameter("person", personId).getResultList();
        return rows.stream().map(row -> new PersonsVote(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                toInstant(row[2]))).toList();
    }

    public List<PersonsMergedVote> mergedOfPerson(long personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select i.storm_id, m.merged_idea_id, i.merged_into, m.created_at, m.vote_id is null
                        from idea_merged_vote m join idea i on i.id = m.merged_idea_id
                        where m.person_id = :person order by m.merged_idea_id""")
                .setParameter("person", personId).getResultList();
        return rows.stream().map(row -> new PersonsMergedVote(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), toInstant(row[3]),
                ((Number) row[4]).intValue() == 1)).toList();
    }

    /** A native query's DATETIME, as the driver hands it. */
    static Instant toInstant(Object value) {
        return switch (value) {
            case Timestamp timestamp -> timestamp.toInstant();
            case LocalDateTime local -> Timestamp.valueOf(local).toInstant();
            default -> (Instant) value;
        };
    }
}
