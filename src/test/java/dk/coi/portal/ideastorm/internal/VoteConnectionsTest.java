package dk.coi.portal.ideastorm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dk.coi.portal.ideastorm.Audience;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The vote connections are the portal's pool's settings with their own name, size, autocommit and isolation, and
 * open nothing once closed; a vote's statements keep one text whatever audiences admit the person (design decision
 * 012).
 */
class VoteConnectionsTest {

    @Test
    void theVotePoolTakesEveryOneOfThePortalPoolsSettingsButItsOwnNameSizeAutocommitAndIsolation() {
        try (HikariDataSource portal = new HikariDataSource()) {
            portal.setPoolName("portal");
            portal.setJdbcUrl("jdbc:mariadb://localhost:1/portal");
            portal.setUsername("portal");
            portal.setPassword("secret");
            portal.setConnectionTimeout(5_000);
            portal.setValidationTimeout(2_000);
            portal.setMaxLifetime(600_000);
            portal.setKeepaliveTime(120_000);
            portal.setIdleTimeout(300_000);
            portal.setLeakDetectionThreshold(20_000);
            portal.setConnectionInitSql("set time_zone = '+00:00'");
            portal.addDataSourceProperty("useServerPrepStmts", "true");
            portal.setMaximumPoolSize(10);
            portal.setMinimumIdle(2);

            HikariConfig votes = VoteConnections.settings(portal, 4);

            assertThat(votes.getJdbcUrl())
                    .isEqualTo("jdbc:mariadb://localhost:1/portal?useServerPrepStmts=true&cachePrepStmts=true"
                    + "&useBulkStmts=false&useBulkStmtsForInserts=false"
                    + "&sessionVariables=innodb_lock_wait_timeout=5&socketTimeout=15000");
            assertThat(votes.getUsername()).isEqualTo("portal");
            assertThat(votes.getPassword()).isEqualTo("secret");
            assertThat(votes.getConnectionTimeout()).isEqualTo(5_000);
            assertThat(votes.getValidationTimeout()).isEqualTo(2_000);
            assertThat(votes.getMaxLifetime()).isEqualTo(600_000);
            assertThat(votes.getKeepaliveTime()).isEqualTo(120_000);
            assertThat(votes.getIdleTimeout()).isEqualTo(300_000);
            assertThat(votes.getLeakDetectionThreshold()).isEqualTo(20_000);
            assertThat(votes.getConnectionInitSql()).isEqualTo("set time_zone = '+00:00'");
            assertThat(votes.getDataSourceProperties()).containsEntry("useServerPrepStmts", "true");
            assertThat(votes.getPoolName()).isEqualTo("votes");
            assertThat(votes.getMaximumPoolSize()).isEqualTo(4);
            assertThat(votes.getMinimumIdle()).as("no vote pays for a new connection").isEqualTo(4);
            assertThat(votes.isAutoCommit()).isFalse();
            assertThat(votes.getTransactionIsolation()).isEqualTo("TRANSACTION_READ_COMMITTED");
            assertThat(portal.getPoolName()).isEqualTo("portal");
            assertThat(portal.getJdbcUrl()).isEqualTo("jdbc:mariadb://localhost:1/portal");
        }
    }

    @Test
    void theVotePoolPreparesItsStatementsOnTheServerAndKeepsThemAlsoBesideTheAddresssOwnOptions() {
        try (HikariDataSource portal = new HikariDataSource()) {
            portal.setJdbcUrl("jdbc:mariadb://localhost:1/portal?useUnicode=true");

            assertThat(VoteConnections.settings(portal, 4).getJdbcUrl()).isEqualTo(
                    "jdbc:mariadb://localhost:1/portal?useUnicode=true&useServerPrepStmts=true&cachePrepStmts=true"
                    + "&useBulkStmts=false&useBulkStmtsForInserts=false"
                    + "&sessionVariables=innodb_lock_wait_timeout=5&socketTimeout=15000");
            assertThat(portal.isAutoCommit()).isTrue();
        }
    }

    @Test
    void closedVoteConnectionsOpenNoNewPool() {
        try (HikariDataSource portal = new HikariDataSource()) {
            portal.setJdbcUrl("jdbc:mariadb://localhost:1/portal");
            VoteConnections connections = new VoteConnections(portal, 2);
            connections.close();
            assertThatThrownBy(() -> connections.connection())
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aVotesStatementsTakeOneAudienceParameterForEachAudienceWhicheverAdmitThePerson() {
        LocalDateTime at = LocalDateTime.of(2026, 12, 6, 8, 0);
        List<String> every = Arrays.stream(Audience.values()).map(Audience::name).toList();
        VoteChange citizens = change(List.of(Audience.SIGNED_IN.name()));

        assertThat(VoteStatements.rulesArguments(citizens, at)).containsExactlyElementsOf(
                Stream.concat(Stream.of(1L, 2L, at), Collections.nCopies(every.size(), "SIGNED_IN").stream()).toList());
        assertThat(VoteStatements.rulesArguments(change(every), at)).containsExactlyElementsOf(
                Stream.concat(Stream.of(1L, 2L, at), every.stream()).toList());
        assertThatThrownBy(() -> VoteStatements.rulesArguments(change(List.of()), at))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The one statement for many votes takes each vote's audiences as a 1 or a 0 for every audience, in order. */
    @Test
    void aBatchsStatementTakesAOneOrAZeroForEachAudience() {
        assertThat(VoteStatements.oneVote(change(List.of(Audience.SIGNED_IN.name()))))
                .containsExactly(1L, 2L, 3L, 1, 0);
        assertThat(VoteStatements.oneVote(change(List.of(Audience.PUBLIC_EMPLOYEES.name(),
                Audience.SIGNED_IN.name())))).containsExactly(1L, 2L, 3L, 1, 1);
        assertThatThrownBy(() -> VoteStatements.oneVote(change(List.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(VoteStatements.addWithoutBudget(2)).contains(
                "case s.audience when 'SIGNED_IN' then v.a0 when 'PUBLIC_EMPLOYEES' then v.a1 else 0 end = 1");
    }

    private static VoteChange change(List<String> audiences) {
        return new VoteChange(true, 1, 2, 3, audiences);
    }
}
