package dk.coi.portal.moderation.internal;

import dk.coi.portal.identity.PersonMerged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When two person rows turn out to be one human, their reports become the remaining person's; where both had
 * reported the same content, one human counts once towards auto-hiding, so the remaining person's report stays.
 * The log needs nothing: people in it are named through the person service, which follows the merge.
 */
@Component
class ModerationPeopleMerged {

    private final JdbcTemplate database;

    ModerationPeopleMerged(JdbcTemplate database) {
        this.database = database;
    }

    @ApplicationModuleListener
    void moveReports(PersonMerged merged) {
        // "ignore" leaves the reports the remaining person has made on the same content; they are then dropped.
        database.update("update ignore moderation_report set person_id = ? where person_id = ?",
                merged.into().value(), merged.merged().value());
        database.update("delete from moderation_report where person_id = ?", merged.merged().value());
    }
}
