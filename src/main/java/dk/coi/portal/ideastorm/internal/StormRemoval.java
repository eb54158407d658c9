package dk.coi.portal.ideastorm.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removes what a storm without participation holds beside its phases (its phase log, themes, rubric, announcements
 * and reminders), in the service's transaction, before the storm itself is deleted with its phases.
 */
@Component
public class StormRemoval {

    private final JdbcTemplate database;

    StormRemoval(JdbcTemplate database) {
        this.database = database;
    }

    public void removeBelongings(long stormId) {
        database.update("update storm set current_phase_id = null where id = ?", stormId);
        database.update("""
                delete from storm_voting_reminder where phase_id in (select id from storm_phase where storm_id = ?)""",
                stormId);
        for (String table : new String[] {"storm_phase_log", "storm_announcement", "storm_participant", "storm_theme",
            "storm_criterion"}) {
            database.update("delete from " + table + " where storm_id = ?", stormId);
        }
    }
}
