package dk.coi.portal.ideastorm.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * A few connections of the portal's database kept for votes (design decision 012), set up once for what a vote's
 * transaction needs: read committed and without autocommit, so a vote is its statements and the commit, not
 * also the four that set the isolation level and autocommit and set them back on a shared connection. Votes get
 * them in the order they came ({@link VoteBatches}); a page never waits behind a burst of votes for a connection, nor
 * a vote behind pages. Built from the portal's own pool: every setting of it copied (database, user, driver
 * properties, timeouts, lifetimes, keepalive, init SQL, metrics), then its name, size, autocommit and isolation set
 * for votes, with as many idle connections as the pool holds, so no vote pays for opening a connection, and its
 * statements prepared on the server once per connection. Once closed (the application stopping) it opens no new pool.
 */
@Component
public class VoteConnections {

    /** How long a vote connection's statement waits for a row lock (InnoDB's default is 50 s). */
    static final int LOCK_WAIT_SECONDS = 5;
    /** How long a vote connection waits for the database's answer before it gives the connection up. */
    static final int SOCKET_TIMEOUT_MILLIS = 15_000;

    private final DataSource portal;
    private final int size;
    private volatile Ready ready;
    private boolean closed;

    private record Ready(HikariDataSource pool, SQLExceptionTranslator translator) {
    }

    VoteConnections(DataSource portal, @Value("${portal.ideastorm.vote-connections:4}") int size) {
        this.portal = portal;
        this.size = Math.max(1, size);
    }

    public int size() {
        return size;
    }

    /** How long the portal's pool lets a caller wait for a connection: a vote waits no longer for its turn. */
    public Duration connectionTimeout() {
        return Duration.ofMillis(hikari(portal).getConnectionTimeout());
    }

    /** Rolls the failed work back; when that fails too, the connection is closed rather than handed on. */
    void rollBack(Connection connection, Throwable failed) {
        try {
            connection.rollback();
        } catch (SQLException notRolledBack) {
            failed.addSuppressed(notRolledBack);
            ready().pool().evictConnection(connection);
        }
    }

    /** A failure of the database as Spring's {@code DataAccessException}, as from any repository of the portal. */
    DataAccessException translated(SQLException failed) {
        return Objects.requireNonNull(ready().translator().translate("vote", null, failed));
    }

    /** One of the vote connections (read committed, no autocommit), for the caller to commit or roll back and close. */
    Connection connection() throws SQLException {
        return ready().pool().getConnection();
    }

    private Ready ready() {
        Ready now = ready;
        if (now == null) {
            synchronized (this) {
                if (closed) {
                    throw new IllegalStateException("The vote connections are closed");
                }
                now = ready;
                if (now == null) {
                    now = open();
                    ready = now;
                }
            }
        }
        return now;
    }

    private Ready open() {
        HikariDataSource pool = new HikariDataSource(settings(hikari(portal), size));
        return new Ready(pool, new SQLErrorCodeSQLExceptionTranslator(pool));
    }

    /** The portal pool's settings, all of them, with the name, size, autocommit and isolation of the vote pool. */
    static HikariConfig settings(HikariDataSource shared, int size) {
        HikariConfig votes = new HikariConfig();
        shared.copyStateTo(votes);
        votes.setPoolName("votes");
        votes.setMaximumPoolSize(size);
        votes.setMinimumIdle(size);
        votes.setAutoCommit(false);
        votes.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        votes.setJdbcUrl(withServerPreparedStatements(shared.getJdbcUrl()));
        return votes;
    }

    /**
     * The address with the driver told to prepare statements on the server and keep them per connection: a vote's
     * statements are always the same few texts, so each vote sends only its values and MariaDB parses none of them
     * again. In the address, not the driver properties: those are one object shared with the portal's pool
     * ({@link HikariConfig#copyStateTo} copies the reference), whose connections must not change.
     * A vote waits for a row lock (a merge or a hide under way) at most {@value #LOCK_WAIT_SECONDS} s and for the
     * database's answer at most {@value #SOCKET_TIMEOUT_MILLIS} ms, so a caller whose batch is committing is not held
     * longer than that: a vote that times out is answered "not made", and its caller's rules read one by one decide.
     */
    static String withServerPreparedStatements(String jdbcUrl) {
        if (jdbcUrl == null) {
            throw new IllegalStateException("The portal's pool has no JDBC address to open vote connections with");
        }
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?")
                + "useServerPrepStmts=true&cachePrepStmts=true&useBulkStmts=false&useBulkStmtsForInserts=false"
                + "&sessionVariables=innodb_lock_wait_timeout=" + LOCK_WAIT_SECONDS
                + "&socketTimeout=" + SOCKET_TIMEOUT_MILLIS;
    }

    private static HikariDataSource hikari(DataSource dataSource) {
        try {
            return dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException notHikari) {
            throw new IllegalStateException("The portal's connection pool is not Hikari's", notHikari);
        }
    }

    @PreDestroy
    synchronized void close() {
        closed = true;
        Ready now = ready;
        if (now != null) {
            now.pool().close();
        }
    }
}
