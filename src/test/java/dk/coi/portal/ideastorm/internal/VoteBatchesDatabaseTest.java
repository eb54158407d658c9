package dk.coi.portal.ideastorm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.coi.portal.identity.Role;
import dk.coi.portal.ideastorm.Audience;
import dk.coi.portal.ideastorm.IdeaDraft;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaService;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.VoteService;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestClock;
import dk.coi.portal.support.TestStorms;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A batch of votes on the real MariaDB (design decision 012): one person's two votes in one batch, beyond the budget
 * of their storm, give exactly one vote, each caller answered with its own vote's row count.
 */
@PortalTest
class VoteBatchesDatabaseTest {

    @Autowired
    VoteStatements statements;
    @Autowired
    TestStorms testStorms;
    @Autowired
    IdeaService ideas;
    @Autowired
    VoteService votes;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate database;

    private final CountDownLatch release = new CountDownLatch(1);
    private final Queue<Integer> batchSizes = new ConcurrentLinkedQueue<>();
    private VoteBatches batches;

    @AfterEach
    void stop() {
        release.countDown();
        if (batches != null) {
            batches.stop();
        }
        signedIn.clear();
    }

    private void awaitRelease() {
        try {
            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            throw new IllegalStateException(interrupted);
        }
    }

    @Test
    void onePersonsTwoVotesInOneBatchBeyondTheirBudgetGiveExactlyOne() throws Exception {
        StormId storm = testStorms.storm("Stem i samlet omgang").audience(Audience.SIGNED_IN).start();
        signedIn.newPerson("Idéskaber", Role.EMPLOYEE);
        List<IdeaId> two = List.of(ideas.submit(storm, new IdeaDraft("Første", "Om første", null)),
                ideas.submit(storm, new IdeaDraft("Anden", "Om anden", null)));
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        votes.setBudget(storm, 1);
        long voter = signedIn.newPerson("Vera Vælger", Role.CITIZEN);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);

        batches = new VoteBatches((batch, mayCommit) -> {
            batchSizes.add(batch.size());
            if (batchSizes.size() == 1) {
                awaitRelease();
            }
            return statements.commit(batch, mayCommit);
        }, 1, Duration.ofSeconds(20));
        batches.start();
        CompletableFuture<Boolean> holding = CompletableFuture.supplyAsync(() -> batches.made(
                new VoteChange(false, two.getFirst().value(), storm.value(), voter, List.of("SIGNED_IN"), now)));
        await().until(() -> batchSizes.size() == 1);
        List<CompletableFuture<Boolean>> both = two.stream().map(idea -> CompletableFuture.supplyAsync(
                () -> batches.made(new VoteChange(true, idea.value(), storm.value(), voter, List.of("SIGNED_IN"),
                        now)))).toList();
        await().until(() -> batches.queued() == 2);
        release.countDown();

        assertThat(holding.get(30, TimeUnit.SECONDS)).isFalse();
        assertThat(both).extracting(vote -> vote.get(30, TimeUnit.SECONDS)).containsExactlyInAnyOrder(true, false);
        assertThat(batchSizes).containsExactly(1, 2);
        assertThat(database.queryForObject("select count(*) from idea_vote where person_id = ? and storm_id = ?",
                Integer.class, voter, storm.value())).isOne();
    }
}
