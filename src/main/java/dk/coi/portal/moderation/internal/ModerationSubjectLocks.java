package dk.coi.portal.moderation.internal;

import dk.coi.portal.shared.Subject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Serialises the changes to one subject's reports and hidden state: a transaction takes the subject's row in
 * {@code moderation_subject_lock} (made on first use) and holds it until it commits. Taken before the transaction
 * reads anything, so that under REPEATABLE READ its snapshot begins after the previous holder committed and it
 * counts that holder's report. Every transaction takes one subject's lock only, so they cannot deadlock on them.
 */
@Component
public class ModerationSubjectLocks {

    private final JdbcTemplate database;

    ModerationSubjectLocks(JdbcTemplate database) {
        this.database = database;
    }

    public void lock(Subject subject) {
        // On a duplicate key the upsert takes the row's exclusive lock at once; INSERT IGNORE followed by
        // SELECT ... FOR UPDATE would take a shared lock first, and two waiters upgrading theirs would deadlock.
        database.update("""
                insert into moderation_subject_lock (subject_type, subject_id) values (?, ?)
                on duplicate key update subject_id = subject_id""", subject.type(), subject.id());
    }
}
