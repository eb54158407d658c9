package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.identity.PersonMerged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When two person rows turn out to be one human, their votes become the remaining person's: where both had voted
 * for the same idea, one human counts once, so the remaining person's vote stays and the other is dropped. Their
 * participant rows and what idea merges remember of their votes move the same way. (A budget is not re-checked:
 * votes given within it are not taken back.) A staff member's scores in evaluations move alike: where both scored an
 * idea on a criterion, the remaining person's stays.
 */
@Component
class VotePeopleMerged {

    private final JdbcTemplate database;

    VotePeopleMerged(JdbcTemplate database) {
        this.database = database;
    }

    @ApplicationModuleListener
    void moveVotes(PersonMerged merged) {
        long into = merged.into().value();
        long from = merged.merged().value();
        // "ignore" leaves the rows the remaining person already has (the unique key); those are then dropped.
        database.update("update ignore storm_participant set person_id = ? where person_id = ?", into, from);
        database.update("delete from storm_participant where person_id = ?", from);
        // Both people's rows held (in id order) before their votes move: a vote without a budget takes no
        // participant lock but reads its person under a shared lock, so it waits rather than crosses the move.
        database.queryForList("select id from person where id in (?, ?) order by id for update", Long.class,
                into, from);
        database.update("update ignore idea_vote set person_id = ? where person_id = ?", into, from);
        database.update("delete from idea_vote where person_id = ?", from);
        // What merges remember of their votes on merged ideas moves alike, so undoing one restores the remaining
        // person's vote, not a second one for the same human.
        database.update("update ignore idea_merged_vote set person_id = ? where person_id = ?", into, from);
        database.update("delete from idea_merged_vote where person_id = ?", from);
        database.update("update ignore idea_score set person_id = ? where person_id = ?", into, from);
        database.update("delete from idea_score where person_id = ?", from);
    }
}
