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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Votes in the database (design decision 012): one row a vote, counted with COUNT(*) on the unique key's leftmost
 * column (idea_id), never a counter row. In a storm with a budget, a person's votes are taken one at a time under
 * the lock of their storm_participant row; in one without, the votes of a batch are one statement that takes no
 * person's lock ({@link VoteStatements}; the unique key keeps each vote once).
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

    /** How many ideas' storms {@link #stormOf} keeps before it starts over. */
    static final int STORMS_OF_IDEAS_KEPT = 100_000;

    private final EntityManager entityManager;
    private final JdbcTemplate portal;
    private final VoteBatches batches;
    private final VoteStatements statements;
    /** Each idea's storm, which never changes: the vote needs it to take its lock, and need not ask each time. */
    private final Map<Long, Long> stormsOfIdeas = new ConcurrentHashMap<>();

    VoteStore(EntityManager entityManager, JdbcTemplate portal, VoteBatches batches, VoteStatements statements) {
        this.entityManager = entityManager;
        this.portal = portal;
        this.batches = batches;
        this.statements = statements;
    }

    /** The idea's storm (remembered: an idea never moves); empty for an unknown idea. */
    public Optional<Long> stormOf(long ideaId) {
        Long known = stormsOfIdeas.get(ideaId);
        if (known != null) {
            return Optional.of(known);
        }
        // On the portal's pool: the vote connections are the workers' (one each).
        Optional<Long> found = portal.queryForList("select storm_id from idea where id = ?", Long.class, ideaId)
                .stream().findFirst();
        found.ifPresent(storm -> {
            if (stormsOfIdeas.size() >= STORMS_OF_IDEAS_KEPT) {
                stormsOfIdeas.clear();
            }
            stormsOfIdeas.put(ideaId, storm);
        });
        return found;
    }

    /** What the storm's budget was when last read, for the quick way to try the likely statement first. */
    public void budgetSeen(long stormId, boolean hasBudget) {
        statements.budgetSeen(stormId, hasBudget);
    }

    /**
     * The vote made the quick way, committed with the votes waiting at that moment ({@link VoteBatches},
     * {@link VoteStatements}): inserted only if every rule lets it in, in the database, at the batch's time. Returns
     * whether the vote was added (committed); when not, nothing was changed, and the caller works out why (or that the
     * vote was there already) with the rules in Java. Refused as busy (and not made) when it could not be made in
     * time.
     */
    public boolean addIfAllowed(long ideaId, long stormId, long personId, List<String> audiences) {
        return batches.made(new VoteChange(true, ideaId, stormId, personId, audiences));
    }

    /** The withdrawal as {@link #addIfAllowed}: whether a vote was withdrawn (none there, or a rule refuses). */
    public boolean removeIfAllowed(long ideaId, long stormId, long personId, List<String> audiences) {
        return batches.made(new VoteChange(false, ideaId, stormId, personId, audiences));
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

    /**
     * The person a vote of this person row counts for: the row itself, or the person it was merged into (another
     * session of a merged person still holds the old row's id, and must not give the remaining person a second vote).
     */
    public long standingFor(long personId) {
        long standing = personId;
        for (int hop = 0; hop < 8; hop++) {
            List<?> mergedInto = entityManager.createNativeQuery("select merged_into from person where id = :person")
                    .setParameter("person", standing).getResultList();
            if (mergedInto.isEmpty() || mergedInto.getFirst() == null) {
                return standing;
            }
            standing = ((Number) mergedInto.getFirst()).longValue();
        }
        return standing;
    }

    /**
     * Why the vote may not change now, read under shared locks on the idea's and the person's rows after the
     * person's lock ({@link #lockParticipant}), as {@link #addIfAllowed} reads them: a hide, a merge of the idea or of
     * the person committed before (or under way, waited for) is seen. Empty when nothing refuses.
     */
    public Optional<String> refusalUnderLock(long ideaId, long personId) {
        List<?> rows = entityManager.createNativeQuery("""
                        select i.hidden_at is not null, i.merged_into is not null, me.merged_into is not null
                        from idea i join person me on me.id = :person
                        where i.id = :idea lock in share mode""")
                .setParameter("idea", ideaId).setParameter("person", personId).getResultList();
        if (rows.isEmpty()) {
            return Optional.of("ideastorm.idea.unknown");
        }
        Object[] row = (Object[]) rows.getFirst();
        if (isTrue(row[0])) {
            return Optional.of("ideastorm.vote.hidden");
        }
        if (isTrue(row[1])) {
            return Optional.of("ideastorm.vote.merged");
        }
        // Merged into another since the vote began: the next try counts for the remaining person.
        return isTrue(row[2]) ? Optional.of("ideastorm.vote.busy") : Optional.empty();
    }

    private static boolean isTrue(Object value) {
        return value instanceof Boolean flag ? flag : ((Number) value).intValue() != 0;
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
