package dk.coi.portal.ideastorm.internal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Staff's scores of ideas on a rubric's criteria (table {@code idea_score}), one per idea, criterion and scorer:
 * written with one upsert, so two saves of the same score at once both succeed.
 */
@Component
public class ScoreStore {

    /** One scorer's score of one idea on one criterion. */
    public record Score(long ideaId, long criterionId, long personId, int score) {
    }

    /** A score as the scorer's GDPR export lists it. */
    public record PersonsScore(long stormId, long ideaId, String criterion, int score, Instant at) {
    }

    private final EntityManager entityManager;

    ScoreStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void put(long ideaId, long criterionId, long personId, int score, Instant at) {
        entityManager.createNativeQuery("""
                        insert into idea_score (idea_id, criterion_id, person_id, score, scored_at)
                        values (:idea, :criterion, :person, :score, :at)
                        on duplicate key update score = :score, scored_at = :at""")
                .setParameter("idea", ideaId).setParameter("criterion", criterionId).setParameter("person", personId)
                .setParameter("score", score).setParameter("at", at).executeUpdate();
    }

    public void remove(long ideaId, long criterionId, long personId) {
        entityManager.createNativeQuery("""
                        delete from idea_score where idea_id = :idea and criterion_id = :criterion
                        and person_id = :person""")
                .setParameter("idea", ideaId).setParameter("criterion", criterionId).setParameter("person", personId)
                .executeUpdate();
    }

    /** Whether any idea of the storm has been scored on its rubric. */
    public boolean anyInStorm(long stormId) {
        return ((Number) entityManager.createNativeQuery("""
                        select count(*) from idea_score s join storm_criterion c on c.id = s.criterion_id
                        where c.storm_id = :storm""")
                .setParameter("storm", stormId).getSingleResult()).longValue() > 0;
    }

    public List<Score> ofIdeas(Collection<Long> ideaIds) {
        if (ideaIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select idea_id, criterion_id, person_id, score from idea_score where idea_id in (:ideas)""")
                .setParameter("ideas", ideaIds).getResultList();
        return rows.stream().map(row -> new Score(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).intValue())).toList();
    }

    public List<PersonsScore> ofPerson(long personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select c.storm_id, s.idea_id, c.name, s.score, s.scored_at
                        from idea_score s join storm_criterion c on c.id = s.criterion_id
                        where s.person_id = :person order by s.id""")
                .setParameter("person", personId).getResultList();
        return rows.stream().map(row -> new PersonsScore(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                (String) row[2], ((Number) row[3]).intValue(), VoteStore.toInstant(row[4]))).toList();
    }
}
