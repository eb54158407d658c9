package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.ideastorm.Audience;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Component;

/**
 * A batch of votes in one transaction on a vote connection (design decision 012), each vote its own statements and
 * its own row count: first every person's lock in the storm, in {@link VoteChange#LOCK_ORDER} (as
 * {@link VoteStore#lockParticipant}, only while the idea is in that storm), then each change in
 * {@link VoteChange#CHANGE_ORDER}, made only if every rule lets it in the database at that moment: the storm's current
 * phase takes votes until after the vote's time, its audience is one that admits the person, the idea is neither
 * hidden nor merged (read under a shared lock, so a merge under way is waited for and then seen, as
 * {@link IdeaMerges#isMergedNow}), the person is neither erased nor merged into another; to add, they have not voted
 * for the idea and are within the storm's budget, counted with the batch's own votes before it. These conditions are
 * those of {@link StormVoting#voting} and {@code VoteService}'s checks, never looser. Each kind of statement goes as
 * one JDBC batch (sent together); the commit is the batch's one.
 */
@Component
class VoteStatements implements VoteBatches.Database {

    /**
     * As many audience parameters as there are {@link Audience}s, always: a fixed list keeps each statement's text the
     * same, so a vote connection prepares it once on the server; a shorter list is padded with its first audience.
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

    private final VoteConnections connections;

    VoteStatements(VoteConnections connections) {
        this.connections = connections;
    }

    @Override
    public boolean[] commit(List<VoteChange> batch, BooleanSupplier mayCommit) throws SQLException {
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
        }
    }

    /** Every change of the batch, in the batch's lock order; whether each was made, in the batch's order. */
    private static boolean[] make(Connection connection, List<VoteChange> batch) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK_PARTICIPANT_OF_IDEA)) {
            for (VoteChange change : batch.stream().sorted(VoteChange.LOCK_ORDER).toList()) {
                set(lock, change.person(), change.idea(), change.storm());
                lock.addBatch();
            }
            lock.executeBatch();
        }
        List<VoteChange> ordered = batch.stream().sorted(VoteChange.CHANGE_ORDER).toList();
        boolean[] made = new boolean[batch.size()];
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
        return made;
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
        List<String> audiences = change.audiences();
        if (audiences.isEmpty() || audiences.size() > AUDIENCE_PARAMETERS) {
            throw new IllegalArgumentException("1 to " + AUDIENCE_PARAMETERS + " audiences, not " + audiences);
        }
        List<Object> arguments = new ArrayList<>(List.of(change.idea(), change.storm(), change.at()));
        arguments.addAll(audiences);
        while (arguments.size() < 3 + AUDIENCE_PARAMETERS) {
            arguments.add(audiences.getFirst());
        }
        return arguments;
    }

    private static void set(PreparedStatement statement, Object... values) throws SQLException {
        for (int at = 0; at < values.length; at++) {
            statement.setObject(at + 1, values[at]);
        }
    }
}
