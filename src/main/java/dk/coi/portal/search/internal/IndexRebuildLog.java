package dk.coi.portal.search.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Which fingerprint each index was last built with ({@code search_index_state}) and every rebuild with its reason and
 * outcome ({@code search_index_rebuild}). A fingerprint is stored only when a rebuild with it has finished, so a rebuild
 * that failed or was cut short by a stop is done again at the next start.
 */
@Component
public class IndexRebuildLog {

    /** Why an index was rebuilt. */
    public enum Reason {
        /** No fingerprint stored yet: built before this was recorded, or a new kind of content. */
        NEW,
        /** Its mapping changed since it was built. */
        CHANGED,
        /** The index holds nothing while the database has its content (a new index folder). */
        EMPTY,
        /** An administrator asked for it. */
        REQUESTED
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    IndexRebuildLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The fingerprint the index was last built with; none if never recorded. */
    public Optional<String> fingerprint(String index) {
        return jdbc.sql("select fingerprint from search_index_state where index_name = ?").param(index)
                .query(String.class).optional();
    }

    /** Records the start of a rebuild of {@code index}; returns its id for {@link #finished}. */
    public long started(String index, Reason reason, String fingerprint) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into search_index_rebuild (index_name, reason, fingerprint, started_at) values (?, ?, ?, ?)")
                .params(index, reason.name(), fingerprint, now()).update(keys);
        return keys.getKey().longValue();
    }

    /** Records how a rebuild ended; a successful one makes its fingerprint the index's. */
    public void finished(long rebuild, boolean succeeded) {
        LocalDateTime now = now();
        jdbc.sql("update search_index_rebuild set finished_at = ?, succeeded = ? where id = ?")
                .params(now, succeeded, rebuild).update();
        if (succeeded) {
            jdbc.sql("""
                    insert into search_index_state (index_name, fingerprint, built_at)
                    select index_name, fingerprint, ? from search_index_rebuild where id = ?
                    on duplicate key update fingerprint = values(fingerprint), built_at = values(built_at)""")
                    .params(now, rebuild).update();
        }
    }

    /** Records the fingerprint of an index that needs no building (there is nothing to put in it). */
    public void built(String index, String fingerprint) {
        jdbc.sql("""
                insert into search_index_state (index_name, fingerprint, built_at) values (?, ?, ?)
                on duplicate key update fingerprint = values(fingerprint), built_at = values(built_at)""")
                .params(index, fingerprint, now()).update();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
