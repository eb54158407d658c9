package dk.coi.portal.moderation.internal;

import dk.coi.portal.shared.Subject;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What waits for staff's approval across modules ({@code moderation_approval}): registered in the transaction that
 * stores the held content, removed by the decision on it.
 */
@Component
public class AwaitingApproval {

    /** The most waiting items read at once; a longer queue is worked from its oldest end. */
    static final int MAX_WAITING = 500;

    /** A piece of held content and when it was submitted. */
    public record Waiting(Subject subject, Instant since) {
    }

    private final JdbcTemplate database;

    AwaitingApproval(JdbcTemplate database) {
        this.database = database;
    }

    public void add(Subject subject, Instant since) {
        database.update("insert into moderation_approval (subject_type, subject_id, submitted_at) values (?, ?, ?)",
                subject.type(), subject.id(), java.sql.Timestamp.from(since));
    }

    /** Removes the subject; whether it was waiting. */
    public boolean remove(Subject subject) {
        return database.update("delete from moderation_approval where subject_type = ? and subject_id = ?",
                subject.type(), subject.id()) == 1;
    }

    public List<Waiting> oldestFirst() {
        return database.query("""
                select subject_type, subject_id, submitted_at from moderation_approval
                order by submitted_at, subject_type, subject_id limit ?""",
                (row, n) -> new Waiting(new Subject(row.getString(1), row.getLong(2)),
                        row.getTimestamp(3).toInstant()), MAX_WAITING);
    }

    public long count() {
        return database.queryForObject("select count(*) from moderation_approval", Long.class);
    }
}
