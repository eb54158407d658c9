package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.ideastorm.Audience;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * A batch of votes in one transaction on a vote connection (design decision 012). Every change is made only if every
 * rule lets it in the database at that moment: the storm's current phase takes votes until after the vote's time, its
 * audience is one that admits the person, the idea is neither hidden nor merged (read under a shared lock, so a merge
 * or a hide under way is waited for and then seen, as {@link IdeaMerges#isMergedNow}), the person is neither erased
 * nor merged into another; to add, they have not voted for the idea and are within the storm's budget. These
 * conditions are those of {@link StormVoting#voting} and {@code VoteService}'s checks, never looser.
 * <p>
 * The votes given in storms without a budget (as last seen, {@link #budgetSeen}; the statement itself requires it)
 * go as <em>one</em> statement for the whole batch, which returns the votes it inserted: nothing in them depends on
 * the person's other votes, so they take no person's lock, and a statement's own cost, far above a row's, is paid
 * once a batch rather than once a vote. The others — withdrawals, and votes in a storm with a budget — first take
 * every person's lock in the storm, in {@link VoteChange#LOCK_ORDER} (as {@link VoteStore#lockParticipant}, only
 * while the idea is in that storm), then are made each by its own statement and row count, in
 * {@link VoteChange#CHANGE_ORDER}, a budget counted with the batch's own votes before it; each kind of statement goes
 * as one JDBC batch. The commit is the batch's one.
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

    /** One vote of {@link #addWithoutBudget}'s: idea, storm, person, time and the audiences that admit the person. */
    private static final String ONE_VOTE = "select ? idea, ? storm, ? person, ? at, "
            + String.join(", ", IntStream.range(0, AUDIENCE_PARAMETERS).mapToObj(n -> "? a" + n)
            .toList());

    /**
     * The votes of storms without a budget, every one the rules let in, in (idea, person) order; the statement
     * returns those it inserted. {@code votes} rows of {@link #ONE_VOTE}'s parameters.
     */
    private static String addWithoutBudget(int votes) {
        return """
                insert into idea_vote (idea_id, person_id, storm_id, created_at)
                select i.id, me.id, s.id, v.at
                from (%s) v
                join idea i on i.id = v.idea and i.storm_id = v.storm
                join storm s on s.id = i.storm_id
                join storm_phase p on p.id = s.current_phase_id and p.storm_id = s.id
                join person me on me.id = v.person
                where i.hidden_at is null and i.merged_into is null
                  and p.votes_open and p.ends_at > v.at and s.audience in (%s) and s.vote_budget is null
                  and me.erased_at is null and me.merged_into is null
                  and not exists (select 1 from idea_vote mine where mine.idea_id = i.id and mine.person_id = me.id)
                order by i.id, me.id
                lock in share mode
                returning idea_id, person_id""".formatted(String.join(" union all ", Collections.nCopies(votes,
                ONE_VOTE)), String.join(", ", IntStream.range(0, AUDIENCE_PARAMETERS)
                .mapToObj(n -> "v.a" + n).toList()));
    }

    private final VoteConnections connections;
    private final Set<Long> stormsWithBudget = ConcurrentHashMap.newKeySet();

    VoteStatements(VoteConnections connections) {
        this.connections = connections;
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

    @Override
    public boolean[] commit(List<VoteChange> batch, BooleanSupplier mayCommit) {
        try (Connection connection = connections.connection()) {
            try {
                boolean[] made = make(connection, batch);
                if (!mayCommit.getAsBoolean()) {
                    connection.rollback();
                    return null;
                }
                connection.commit();
                return made;
            } catch (SQLException | RuntimeException | Error failed) {
                connection.rollback();
                throw failed;
            }
        } catch (SQLException failed) {
            throw connections.translated(failed);
        }
    }

    /** Every change of the batch; whether each was made, in the batch's order. */
    private boolean[] make(Connection connection, List<VoteChange> batch) throws SQLException {
        List<VoteChange> counted = batch.stream().filter(this::oneByOne).toList();
        boolean[] made = new boolean[batch.size()];
        madeOneByOne(connection, batch, counted, made);
        List<VoteChange> plain = batch.stream().filter(change -> !oneByOne(change)).toList();
        if (!plain.isEmpty()) {
            // Each vote inserted answers its first caller; a second of the same vote had nothing left to change.
            Set<VoteKey> inserted = addWithoutBudget(connection, plain);
            for (int at = 0; at < batch.size(); at++) {
                VoteChange change = batch.get(at);
                made[at] |= !oneByOne(change) && inserted.remove(VoteKey.of(change));
            }
        }
        return made;
    }

    /** Whether the change is made on its own under the person's lock: a withdrawal, or a vote against a budget. */
    private boolean oneByOne(VoteChange change) {
        return !change.adding() || stormsWithBudget.contains(change.storm());
    }

    /** An idea and a person: a vote, as the unique key of idea_vote knows it. */
    private record VoteKey(long idea, long person) {
        static VoteKey of(VoteChange change) {
            return new VoteKey(change.idea(), change.person());
        }
    }

    /** The plain votes in one statement, each vote once (one person's same vote twice in a batch is one row). */
    private static Set<VoteKey> addWithoutBudget(Connection connection, List<VoteChange> plain) throws SQLException {
        Map<VoteKey, VoteChange> once = new LinkedHashMap<>();
        plain.stream().sorted(VoteChange.CHANGE_ORDER).forEach(change -> once.putIfAbsent(VoteKey.of(change), change));
        Set<VoteKey> inserted = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(addWithoutBudget(once.size()))) {
            int at = 1;
            for (VoteChange change : once.values()) {
                for (Object value : oneVote(change)) {
                    statement.setObject(at++, value);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    inserted.add(new VoteKey(rows.getLong(1), rows.getLong(2)));
                }
            }
        } catch (SQLException failed) {
            if (failed.getErrorCode() != DUPLICATE_KEY) {
                throw failed;
            }
            // One of these votes was given at the same moment in another batch: the statement changed nothing, and
            // each vote is then made (or found given) by the rules read one by one.
            return Set.of();
        }
        return inserted;
    }

    /** A vote's row of {@link #ONE_VOTE}: the idea, the storm, the person, the time, the audiences padded. */
    static List<Object> oneVote(VoteChange change) {
        List<Object> values = new ArrayList<>(List.of(change.idea(), change.storm(), change.person(), change.at()));
        values.addAll(padded(change.audiences()));
        return values;
    }

    /**
     * The withdrawals and the votes counted against a budget: every person's lock first, in the batch's lock order,
     * then each change in the batch's change order; whether each was made, set in {@code made} at the batch's index.
     */
    private static void madeOneByOne(Connection connection, List<VoteChange> batch, List<VoteChange> counted,
                                     boolean[] made) throws SQLException {
        if (counted.isEmpty()) {
            return;
        }
        try (PreparedStatement lock = connection.prepareStatement(LOCK_PARTICIPANT_OF_IDEA)) {
            for (VoteChange change : counted.stream().sorted(VoteChange.LOCK_ORDER).toList()) {
                set(lock, change.person(), change.idea(), change.storm());
                lock.addBatch();
            }
            lock.executeBatch();
        }
        List<VoteChange> ordered = counted.stream().sorted(VoteChange.CHANGE_ORDER).toList();
        for (boolean adding : new boolean[] {true, false}) {
            List<VoteChange> ofKind = ordered.stream().filter(change -> change.adding() == adding).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            int[] counts = run(connection, adding ? ADD_IF_ALLOWED : REMOVE_IF_ALLOWED, ofKind);
            for (int at = 0; at < counts.length; at++) {
                if (counts[at] != 0 && counts[at] != 1) {
                    throw new IllegalStateException("A vote's statement changed " + counts[at] + " rows");
                }
                for (int in = 0; in < batch.size(); in++) {
                    if (batch.get(in) == ofKind.get(at)) {
                        made[in] = counts[at] == 1;
                    }
                }
            }
        }
    }

    private static int[] run(Connection connection, String sql, List<VoteChange> changes) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (VoteChange change : changes) {
                set(statement, arguments(change).toArray());
                statement.addBatch();
            }
            return statement.executeBatch();
        }
    }

    /** A change's parameters for {@link #ADD_IF_ALLOWED} or {@link #REMOVE_IF_ALLOWED}. */
    static List<Object> arguments(VoteChange change) {
        List<Object> arguments = new ArrayList<>();
        if (change.adding()) {
            arguments.addAll(List.of(change.at(), change.person()));
            arguments.addAll(rulesArguments(change));
            arguments.addAll(List.of(change.idea(), change.person(), change.person(), change.storm()));
        } else {
            arguments.addAll(List.of(change.idea(), change.person()));
            arguments.addAll(rulesArguments(change));
        }
        return arguments;
    }

    /** {@link #VOTING_OPEN}'s parameters: the idea, the storm, the time and the audiences padded to a fixed count. */
    static List<Object> rulesArguments(VoteChange change) {
        List<Object> arguments = new ArrayList<>(List.of(change.idea(), change.storm(), change.at()));
        arguments.addAll(padded(change.audiences()));
        return arguments;
    }

    /** The audiences, {@link #AUDIENCE_PARAMETERS} of them: a shorter list padded with its first. */
    private static List<String> padded(List<String> audiences) {
        if (audiences.isEmpty() || audiences.size() > AUDIENCE_PARAMETERS) {
            throw new IllegalArgumentException("1 to " + AUDIENCE_PARAMETERS + " audiences, not " + audiences);
        }
        List<String> padded = new ArrayList<>(audiences);
        while (padded.size() < AUDIENCE_PARAMETERS) {
            padded.add(audiences.getFirst());
        }
        return padded;
    }

    private static void set(PreparedStatement statement, Object... values) throws SQLException {
        for (int at = 0; at < values.length; at++) {
            statement.setObject(at + 1, values[at]);
        }
    }
}
