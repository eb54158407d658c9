package dk.coi.portal.ideastorm.internal;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A few connections of the portal's database kept for votes (design decision 012), set up once for what a vote's
 * transaction needs: read committed and without autocommit, so a vote is its two statements and the commit, not
 * also the four that set the isolation level and autocommit and set them back on a shared connection. Votes get
 * them in the order they came ({@link VoteQueue}); a page never waits behind a burst of votes for a connection, nor
 * a vote behind pages. Built from the portal's own pool (same database, user and timeouts).
 */
@Component
public class VoteConnections {

    private final DataSource portal;
    private final int size;
    private volatile Ready ready;

    private record Ready(HikariDataSource pool, NamedParameterJdbcTemplate database, TransactionTemplate transactions) {
    }

    VoteConnections(DataSource portal, @Value("${portal.ideastorm.vote-connections:4}") int size) {
        this.portal = portal;
        this.size = Math.max(1, size);
    }

    public int size() {
        return size;
    }

    /** Runs the work in a transaction on one of the vote connections; its statements go through {@code database}. */
    public <T> T inTransaction(Function<NamedParameterJdbcTemplate, T> work) {
        Ready now = ready();
        return now.transactions().execute(status -> work.apply(now.database()));
    }

    private Ready ready() {
        Ready now = ready;
        if (now == null) {
            synchronized (this) {
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
        HikariDataSource shared = hikari(portal);
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("votes");
        pool.setJdbcUrl(shared.getJdbcUrl());
        pool.setUsername(shared.getUsername());
        pool.setPassword(shared.getPassword());
        if (shared.getDriverClassName() != null) {
            pool.setDriverClassName(shared.getDriverClassName());
        }
        pool.setDataSourceProperties(shared.getDataSourceProperties());
        pool.setConnectionTimeout(shared.getConnectionTimeout());
        pool.setValidationTimeout(shared.getValidationTimeout());
        pool.setMaximumPoolSize(size);
        pool.setMinimumIdle(0);
        pool.setAutoCommit(false);
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        DataSourceTransactionManager manager = new DataSourceTransactionManager(pool);
        return new Ready(pool, new NamedParameterJdbcTemplate(pool), new TransactionTemplate(manager));
    }

    private static HikariDataSource hikari(DataSource dataSource) {
        try {
            return dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException notHikari) {
            throw new IllegalStateException("The portal's connection pool is not Hikari's", notHikari);
        }
    }

    @PreDestroy
    void close() {
        Ready now = ready;
        if (now != null) {
            now.pool().close();
        }
    }
}
