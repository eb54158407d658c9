package dk.coi.portal.notification.internal;

import dk.coi.portal.identity.PersonMerged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When two person rows turn out to be one human, what they follow, their mail settings and their notices move
 * to the person who remains; where both followed a subject (or both chose settings), the remaining person's
 * own choice stays.
 */
@Component
class NotificationPeopleMerged {

    private final JdbcTemplate database;

    NotificationPeopleMerged(JdbcTemplate database) {
        this.database = database;
    }

    @ApplicationModuleListener
    void moveFollows(PersonMerged merged) {
        for (String table : new String[] {"notification_follow", "notification_settings"}) {
            // "ignore" leaves the rows the remaining person has already; they are then dropped.
            database.update("update ignore " + table + " set person_id = ? where person_id = ?",
                    merged.into().value(), merged.merged().value());
            database.update("delete from " + table + " where person_id = ?", merged.merged().value());
        }
        database.update("update notification_notice set person_id = ? where person_id = ?", merged.into().value(),
                merged.merged().value());
    }
}
