package dk.coi.portal.ideastorm.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One vote given or withdrawn the quick way (design decision 012): the person's lock in the storm, then one statement
 * that changes the vote only if every rule lets it, in the database at that moment: the storm's current phase takes
 * votes until after {@code at}, its audience is one of {@code audiences} (those that admit the person), the idea is
 * neither hidden nor merged (read under a shared lock, so a merge under way is waited for and then seen, as
 * {@link IdeaMerges#isMergedNow}), the person is neither erased nor merged into another; to add, they have not voted
 * for the idea and are within the storm's budget. These conditions are those of {@link StormVoting#voting} and
 * {@code VoteService}'s checks, never looser. Plain JDBC with a fixed list of {@code ?} parameters, so a vote
 * connection prepares each of these few texts once on the server and a vote sends only its values.
 *
 * @param audiences the audiences that admit the person, 1 to {@value #AUDIENCE_PARAMETERS}
 */
record VoteChange(boolean adding, long idea, long storm, long person, List<String> audiences,
                  LocalDateTime at) {

    /**
     * As many audience parameters as there are audiences, always: a fixed list keeps each statement's text the same,
     * so it is prepared once per connection; a shorter list is padded with its first audience.
     */
    static final int AUDIENCE_PARAMETERS = 2;

    /** The order a batch takes the people's locks in: by storm and person, the order a merge takes them in. */
    static final Comparator<VoteChange> LOCK_ORDER = Comparator.comparingLong(VoteChange::storm)
            .thenComparingLong(VoteChange::person);

    /** The order a batch makes its changes in, so that it takes the shared locks on ideas in one order too. */
    static final Comparator<VoteChange> CHANGE_ORDER = Comparator.comparingLong(VoteChange::storm)
            .thenComparingLong(VoteChange::idea).thenComparingLong(VoteChange::person);

    /**
     * The rules of a vote, as SQL over idea {@code i}, its storm {@code s}, its current phase {@code p} and person
     * {@code me}. Its parameters, in order ({@link #rulesArguments}): the idea, the storm, the time, the audiences.
     */
    private static final String VOTING_OPEN = " " + """
            i.id = ? and i.storm_id = ? and i.hidden_at is null and i.merged_into is null
            and p.votes_open and p.ends_at > ? and s.audience in (?, ?)
            and me.erased_at is null and me.merged_into is null""";

    /**
     * The person's lock in the storm until the transaction ends ({@link VoteStore#lockParticipant}), only while the
     * idea is in that storm (nothing is locked for an idea gone): the person, the idea, the storm.
     */
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

    public VoteChange {
        if (audiences.isEmpty() || audiences.size() > AUDIENCE_PARAMETERS) {
            throw new IllegalArgumentException("1 to " + AUDIENCE_PARAMETERS + " audiences, not " + audiences);
        }
        audiences = List.copyOf(audiences);
    }

    /** Takes the person's lock in the storm (see {@link #LOCK_PARTICIPANT_OF_IDEA}). */
    void lock(JdbcTemplate database) {
        database.update(LOCK_PARTICIPANT_OF_IDEA, person, idea, storm);
    }

    /** Makes the change if every rule lets it, under the person's lock; whether it was made. */
    boolean make(JdbcTemplate database) {
        List<Object> arguments = new ArrayList<>();
        if (adding) {
            arguments.addAll(List.of(at, person));
            arguments.addAll(rulesArguments());
            arguments.addAll(List.of(idea, person, person, storm));
            return database.update(ADD_IF_ALLOWED, arguments.toArray()) == 1;
        }
        arguments.addAll(List.of(idea, person));
        arguments.addAll(rulesArguments());
        return database.update(REMOVE_IF_ALLOWED, arguments.toArray()) == 1;
    }

    /** {@link #VOTING_OPEN}'s parameters: the idea, the storm, the time and the audiences padded to a fixed count. */
    List<Object> rulesArguments() {
        List<Object> arguments = new ArrayList<>(List.of(idea, storm, at));
        for (int audience = 0; audience < AUDIENCE_PARAMETERS; audience++) {
            arguments.add(audience < audiences.size() ? audiences.get(audience) : audiences.getFirst());
        }
        return arguments;
    }
}
