package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.ideastorm.Audience;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    /** How many ideas' storms {@link #stormOf} keeps before it starts over. */
    static final int STORMS_OF_IDEAS_KEPT = 100_000;

    /**
     * As many audience parameters as there are {@link Audience}s, always: a fixed list keeps each statement's text the
     * same, so a vote connection prepares it once on the server and runs it from then on; a shorter list is padded
     * with its first audience.
     */
    static final int AUDIENCE_PARAMETERS = Audience.values().length;

    /**
     * The rules of a vote, as SQL over idea {@code i}, its storm {@code s}, its current phase {@code p} and person
     * {@code me}. Its parameters, in order ({@link #rulesArguments}): the idea, the storm, the time, and
     * {@link #AUDIENCE_PARAMETERS} audiences.
     */
    private static final String VOTING_OPEN = " " + """
            i.id = ? and i.storm_id = ? and i.hidden_at is null and i.merged_into is null
            and p.votes_open and p.ends_at > ? and s.audience in (%s)
            and me.erased_at is null and me.merged_into is null""".formatted(
            String.join(", ", Collections.nCopies(AUDIENCE_PARAMETERS, "?")));

    /** {@link #lockParticipant} while the idea is in the storm, nothing locked otherwise: person, idea, storm. */
    private static final String LOCK_PARTICIPANT_OF_IDEA = """
            insert into storm_participant (storm_id, person_id)
            select i.storm_id, ? from idea i where i.id = ? and i.storm_id = ?
            on duplicate key update person_id = storm_participant.person_id""";

    /** The vote if every rule lets it in: the time, the person, {@link #VOTING_OPEN}'s, idea, person, person, storm. */
    private static final String ADD_IF_ALLOWED = """
            insert into idea_vote (idea_id, person_id, storm_id, created_at)
            select i.id, me.id, s.id, ?
            from idea i
            join storm s on s.id = i.storm_id
            join storm_phase p on p.id = s.current_phase_id and p.storm_id = s.id
            join person me on me.id = ?
            where""" + VOTING_OPEN + """

              and not exists (select 1 from idea_vote mine where mine.idea_id = ? and mine.person_id = ?)
              and (s.vote_budget is null or s.vote_budget > (select count(*) from idea_vote given
                              where given.person_id = ? and given.storm_id = ?))
            lock in share mode""";

    /** The withdrawal if the rules let it: the idea, the person, {@link #VOTING_OPEN}'s. */
    private static final String REMOVE_IF_ALLOWED = """
            delete v from idea_vote v
            join idea i on i.id = v.idea_id
            join storm s on s.id = i.storm_id
            join storm_phase p on p.id = s.current_phase_id and p.storm_id = s.id
            join person me on me.id = v.person_id
            where v.idea_id = ? and v.person_id = ? and""" + VOTING_OPEN;

    private final EntityManager entityManager;
    private final VoteConnections connections;
    /** Each idea's storm, which never changes: the vote needs it to take its lock, and need not ask each time. */
    private final Map<Long, Long> stormsOfIdeas = new ConcurrentHashMap<>();

    VoteStore(EntityManager entityManager, VoteConnections connections) {
        this.entityManager = entityManager;
        this.connections = connections;
    }

    /** The idea's storm (remembered: an idea never moves); empty for an unknown idea. */
    public Optional<Long> stormOf(long ideaId) {
        Long known = stormsOfIdeas.get(ideaId);
        if (known != null) {
            return Optional.of(known);
        }
        List<Long> found = connections.inTransaction(database -> database.queryForList(
                "select storm_id from idea where id = ?", Long.class, ideaId));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (stormsOfIdeas.size() >= STORMS_OF_IDEAS_KEPT) {
            stormsOfIdeas.clear();
        }
        stormsOfIdeas.put(ideaId, found.getFirst());
        return Optional.of(found.getFirst());
    }

    /**
     * The whole vote in two statements and the commit, on a vote connection ({@link VoteConnections}), when every
     * rule lets it in: takes the person's lock in the storm (as {@link #lockParticipant}, only while the idea is in
     * that storm), then inserts the vote only if the storm's current phase takes votes until after {@code at}, its
     * audience is one of {@code audiences} (those that admit the person), the idea is neither hidden nor merged (read
     * under a shared lock, so a merge under way is waited for and then seen, as {@link IdeaMerges#isMergedNow}), the
     * person is neither erased nor merged into another, has not voted for the idea and is within the storm's budget.
     * Returns whether the vote was added (committed); when not, nothing was changed, and the caller works out why (or
     * that the vote was there already) with the rules in Java. These conditions are those of
     * {@link StormVoting#voting} and {@code VoteService}'s checks, never looser.
     */
    public boolean addIfAllowed(long ideaId, long stormId, long personId, List<String> audiences, Instant at) {
        LocalDateTime when = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        Object[] arguments = arguments(List.of(when, personId), rulesArguments(ideaId, stormId, when, audiences),
                List.of(ideaId, personId, personId, stormId));
        return connections.inTransaction(database -> {
            database.update(LOCK_PARTICIPANT_OF_IDEA, personId, ideaId, stormId);
            return database.update(ADD_IF_ALLOWED, arguments) == 1;
        });
    }

    /**
     * The whole withdrawal in two statements and the commit, when the rules let it: the person's lock in the storm (as
     * {@link #addIfAllowed}), then their vote on the idea deleted only if voting is open to them on it now (the
     * conditions of {@link #addIfAllowed} but the vote and the budget). Returns whether a vote was withdrawn; when
     * not, there was none or a rule refuses, which the caller works out with the rules in Java.
     */
    public boolean removeIfAllowed(long ideaId, long stormId, long personId, List<String> audiences, Instant at) {
        LocalDateTime when = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        Object[] arguments = arguments(List.of(ideaId, personId), rulesArguments(ideaId, stormId, when, audiences));
        return connections.inTransaction(database -> {
            database.update(LOCK_PARTICIPANT_OF_IDEA, personId, ideaId, stormId);
            return database.update(REMOVE_IF_ALLOWED, arguments) == 1;
        });
    }

    /** {@link #VOTING_OPEN}'s parameters: the idea, the storm, the time and the audiences padded to a fixed count. */
    static List<Object> rulesArguments(long ideaId, long stormId, LocalDateTime at, List<String> audiences) {
        if (audiences.isEmpty() || audiences.size() > AUDIENCE_PARAMETERS) {
            throw new IllegalArgumentException("1 to " + AUDIENCE_PARAMETERS + " audiences, not " + audiences);
        }
        List<Object> arguments = new ArrayList<>(List.of(ideaId, stormId, at));
        arguments.addAll(audiences);
        while (arguments.size() < 3 + AUDIENCE_PARAMETERS) {
            arguments.add(audiences.getFirst());
        }
        return arguments;
    }

    @SafeVarargs
    private static Object[] arguments(List<Object>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toArray();
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
