package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.ideastorm.Audience;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * A batch of votes on a vote connection (design decision 012), at the batch's time. Every change is made only if every
 * rule lets it in the database at that moment: the storm's current phase takes votes until after that time, its
 * audience is one that admits the person, the idea is neither hidden nor merged (read under a shared lock, so a merge
 * or a hide under way is waited for and then seen, as {@link IdeaMerges#isMergedNow}), the person is neither erased
 * nor merged into another; to add, they have not voted for the idea and are within the storm's budget. These
 * conditions are those of {@link StormVoting#voting} and {@code VoteService}'s checks, never looser.
 * <p>
 * The withdrawals and the votes in storms last seen with a budget ({@link #budgetSeen}) take their people's locks:
 * every person's lock in the storm, in {@link VoteChange#LOCK_ORDER} (as {@link VoteStore#lockParticipant}, only while
 * the idea is in that storm), then each change by its own statement and row count in {@link VoteChange#CHANGE_ORDER}
 * (ideas ascending, as merges lock them), a budget counted with the batch's own votes before it. The votes in storms
 * without a budget go as <em>one</em> statement for all of them, which returns the votes it inserted: nothing in them
 * depends on the person's other votes, so they take no person's lock, and a statement's own cost, far above a row's, is
 * paid once a batch rather than once a vote. Its join order is fixed (the votes by idea, then each one's idea, storm,
 * phase and person), so it takes its ideas' shared locks in ascending order too: a merge, which locks its ideas
 * exclusively in that order, and a batch cannot wait for each other in a circle.
 */
@Component
class VoteStatements implements VoteBatches.Database {

    /**
     * As many audience parameters as there are {@link Audience}s, always: a fixed list keeps each statement's text the
     * same, so a vote connection prepares it once on the server; a shorter list is padded with its first audience.
     */
    static final int AUDIENCE_PARAMETERS = Audience.values().length;

    /** MariaDB's error for a row whose unique key is taken (ER_DUP_ENTRY). */
    private static final int DUPLICATE_KEY = 1062;

    /** The storms last seen with a budget, as many as this at most (a hint; forgetting one costs one retry). */
    private static final int STORMS_WITH_BUDGET_KEPT = 10_000;

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

    /** The person's lock in the idea's storm, nothing locked for an idea not in it: person, idea, storm. */
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

    /**
     * One vote of {@link #addWithoutBudget}'s: the idea, the storm, the person, then for each {@link Audience} in
     * order 1 if it admits the person, else 0 (numbers, not the audiences' names: a name through a derived table would
     * take the connection's collation, and compare with the storm's column only where the two agree).
     */
    private static final String ONE_VOTE = "select ? idea, ? storm, ? person, " + IntStream
            .range(0, Audience.values().length).mapToObj(n -> "? a" + n).collect(Collectors.joining(", "));

    /** Whether the storm's audience admits the vote's person, from {@link #ONE_VOTE}'s numbers. */
    private static final String ADMITTED = "case s.audience " + Arrays.stream(Audience.values())
            .map(audience -> "when '" + audience.name() + "' then v.a" + audience.ordinal())
            .collect(Collectors.joining(" ")) + " else 0 end = 1";

    private final VoteConnections connections;
    private final Clock clock;
    private final Set<Long> stormsWithBudget = ConcurrentHashMap.newKeySet();

    VoteStatements(VoteConnections connections, Clock clock) {
        this.connections = connections;
        this.clock = clock;
    }

    /**
     * The votes of storms without a budget, every one the rules let in at {@code ?} (the first parameter, the batch's
     * time); the statement returns those it inserted. {@code votes} rows of {@link #ONE_VOTE}'s parameters follow, in
     * (idea, person) order, which {@code straight_join} keeps as the order the ideas are read and locked in.
     */
    static String addWithoutBudget(int votes) {
        return """
                insert into idea_vote (idea_id, person_id, storm_id, created_at)
                select straight_join i.id, me.id, s.id, t.at
                from (select ? at) t
                join (%s) v
                join idea i on i.id = v.idea and i.storm_id = v.storm
                join storm s on s.id = i.storm_id
                join storm_phase p on p.id = s.current_phase_id and p.storm_id = s.id
                join person me on me.id = v.person
                where i.hidden_at is null and i.merged_into is null
                  and p.votes_open and p.ends_at > t.at and %s and s.vote_budget is null
                  and me.erased_at is null and me.merged_into is null
                  and not exists (select 1 from idea_vote mine where mine.idea_id = i.id and mine.person_id = me.id)
                lock in share mode
                returning idea_id, person_id""".formatted(String.join(" union all ", Collections.nCopies(votes,
                ONE_VOTE)), ADMITTED);
    }

    /**
     * What the storm's budget was when last read: a vote in a storm seen with one goes the way that counts it first.
     * A hint, never a rule: each way checks the budget in the database, and a vote that finds one the hint missed is
     * refused here and made by {@code VoteService}'s rules read one by one, which tell this again.
     */
    void budgetSeen(long stormId, boolean hasBudget) {
        if (!hasBudget) {
            stormsWithBudget.remove(stormId);
        } else if (stormsWithBudget.size() < STORMS_WITH_BUDGET_KEPT) {
            stormsWithBudget.add(stormId);
        }
    }

    /** Whether the change takes its person's lock: a withdrawal, or a vote in a storm last seen with a budget. */
    @Override
    public boolean takesPersonsLock(VoteChange change) {
        return !change.adding() || stormsWithBudget.contains(change.storm());
    }

    /**
     * Makes the batch in one transaction, committed only if {@code mayCommit}; null when rolled back so. Its changes
     * take their people's locks or none does, as {@link VoteBatches} decided (a withdrawal always takes its lock), so
     * the batch's idea locks go up in one run.
     */
    @Override
    public boolean[] commit(List<VoteChange> batch, boolean takingPersonsLocks, BooleanSupplier mayCommit) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        boolean[] oneByOne = new boolean[batch.size()];
        for (int at = 0; at < batch.size(); at++) {
            oneByOne[at] = takingPersonsLocks || !batch.get(at).adding();
        }
        boolean[] made = new boolean[batch.size()];
        try (Connection connection = connections.connection()) {
            try {
                madeOneByOne(connection, batch, oneByOne, now, made);
                addWithoutBudget(connection, batch, oneByOne, now, made);
                if (!mayCommit.getAsBoolean()) {
                    connection.rollback();
                    return null;
                }
                connection.commit();
                return made;
            } catch (SQLException | RuntimeException | Error failed) {
                connections.rollBack(connection, failed);
                throw failed;
            }
        } catch (SQLException failed) {
            throw connections.translated(failed);
        }
    }

    /** An idea and a person: a vote, as the unique key of idea_vote knows it. */
    private record VoteKey(long idea, long person) {
        static VoteKey of(VoteChange change) {
            return new VoteKey(change.idea(), change.person());
        }
    }

    /**
     * The plain votes in one statement, each vote once (one person's same vote twice in a batch is one row; the second
     * is answered as nothing to change). A vote taken by another batch at the same moment makes the statement fail on
     * the unique key once that batch has committed; made again, the statement then sees it and leaves it out.
     */
    private static void addWithoutBudget(Connection connection, List<VoteChange> batch, boolean[] oneByOne,
                                         LocalDateTime now, boolean[] made) throws SQLException {
        Map<VoteKey, VoteChange> once = new LinkedHashMap<>();
        IntStream.range(0, batch.size()).filter(at -> !oneByOne[at]).mapToObj(batch::get)
                .sorted(VoteChange.CHANGE_ORDER).forEach(change -> once.putIfAbsent(VoteKey.of(change), change));
        if (once.isEmpty()) {
            return;
        }
        Set<VoteKey> inserted;
        try {
            inserted = inserted(connection, once.values(), now);
        } catch (SQLException failed) {
            if (failed.getErrorCode() != DUPLICATE_KEY) {
                throw failed;
            }
            inserted = inserted(connection, once.values(), now);
        }
        // Each vote inserted answers its first caller.
        for (int at = 0; at < batch.size(); at++) {
            made[at] |= !oneByOne[at] && inserted.remove(VoteKey.of(batch.get(at)));
        }
    }

    private static Set<VoteKey> inserted(Connection connection, Collection<VoteChange> votes,
                                         LocalDateTime now) throws SQLException {
        Set<VoteKey> inserted = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(addWithoutBudget(votes.size()))) {
            int at = 1;
            statement.setObject(at++, now);
            for (VoteChange change : votes) {
                for (Object value : oneVote(change)) {
                    statement.setObject(at++, value);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    inserted.add(new VoteKey(rows.getLong(1), rows.getLong(2)));
                }
            }
        }
        return inserted;
    }

    /** A vote's row of {@link #ONE_VOTE}: the idea, the storm, the person, then 1 or 0 for each audience. */
    static List<Object> oneVote(VoteChange change) {
        checkAudiences(change.audiences());
        List<Object> values = new ArrayList<>(List.of(change.idea(), change.storm(), change.person()));
        for (Audience audience : Audience.values()) {
            values.add(change.audiences().contains(audience.name()) ? 1 : 0);
        }
        return values;
    }

    /**
     * The withdrawals and the votes counted against a budget: every person's lock first, in the batch's lock order,
     * then each change on its own in the batch's change order; whether each was made, set in {@code made}.
     */
    private static void madeOneByOne(Connection connection, List<VoteChange> batch, boolean[] oneByOne,
                                     LocalDateTime now, boolean[] made) throws SQLException {
        List<Integer> counted = IntStream.range(0, batch.size()).filter(at -> oneByOne[at]).boxed().toList();
        if (counted.isEmpty()) {
            return;
        }
        try (PreparedStatement lock = connection.prepareStatement(LOCK_PARTICIPANT_OF_IDEA)) {
            for (VoteChange change : counted.stream().map(batch::get).sorted(VoteChange.LOCK_ORDER).toList()) {
                set(lock, change.person(), change.idea(), change.storm());
                lock.addBatch();
            }
            lock.executeBatch();
        }
        for (int at : counted.stream().sorted((a, b) -> VoteChange.CHANGE_ORDER.compare(batch.get(a), batch.get(b)))
                .toList()) {
            VoteChange change = batch.get(at);
            try (PreparedStatement statement = connection.prepareStatement(change.adding() ? ADD_IF_ALLOWED
                    : REMOVE_IF_ALLOWED)) {
                set(statement, arguments(change, now).toArray());
                int count = statement.executeUpdate();
                if (count != 0 && count != 1) {
                    throw new IllegalStateException("A vote's statement changed " + count + " rows");
                }
                made[at] = count == 1;
            }
        }
    }

    /** A change's parameters for {@link #ADD_IF_ALLOWED} or {@link #REMOVE_IF_ALLOWED}, at the batch's time. */
    static List<Object> arguments(VoteChange change, LocalDateTime now) {
        List<Object> arguments = new ArrayList<>();
        if (change.adding()) {
            arguments.addAll(List.of(now, change.person()));
            arguments.addAll(rulesArguments(change, now));
            arguments.addAll(List.of(change.idea(), change.person(), change.person(), change.storm()));
        } else {
            arguments.addAll(List.of(change.idea(), change.person()));
            arguments.addAll(rulesArguments(change, now));
        }
        return arguments;
    }

    /** {@link #VOTING_OPEN}'s parameters: the idea, the storm, the time and the audiences padded to a fixed count. */
    static List<Object> rulesArguments(VoteChange change, LocalDateTime now) {
        checkAudiences(change.audiences());
        List<Object> arguments = new ArrayList<>(List.of(change.idea(), change.storm(), now));
        arguments.addAll(change.audiences());
        while (arguments.size() < 3 + AUDIENCE_PARAMETERS) {
            arguments.add(change.audiences().getFirst());
        }
        return arguments;
    }

    private static void checkAudiences(List<String> audiences) {
        if (audiences.isEmpty() || audiences.size() > AUDIENCE_PARAMETERS) {
            throw new IllegalArgumentException("1 to " + AUDIENCE_PARAMETERS + " audiences, not " + audiences);
        }
    }

    private static void set(PreparedStatement statement, Object... values) throws SQLException {
        for (int at = 0; at < values.length; at++) {
            statement.setObject(at + 1, values[at]);
        }
    }
}
