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
import dk.coi.portal.support.TestStorms;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A batch of votes on the real MariaDB (design decision 012): one person's two votes in one batch, beyond the budget
 * of their storm, give exactly one vote, each caller answered with its own vote's row count; many people's votes in a
 * storm without a budget, made by one statement, answer each caller as the votes made one by one do: a vote, the
 * same vote twice (made once), a vote on a hidden idea and one given before (neither made).
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

    /** The real statements, which decide each change's way as in the portal; the first batch held until released. */
    private final class FirstBatchHeld implements VoteBatches.Database {

        private final CountDownLatch released;

        FirstBatchHeld(CountDownLatch released) {
            this.released = released;
        }

        @Override
        public boolean[] commit(List<VoteChange> batch, boolean takingPersonsLocks, BooleanSupplier mayCommit) {
            batchSizes.add(batch.size());
            if (batchSizes.size() == 1) {
                awaitRelease(released);
            }
            return statements.commit(batch, takingPersonsLocks, mayCommit);
        }

        @Override
        public boolean takesPersonsLock(VoteChange change) {
            return statements.takesPersonsLock(change);
        }
    }

    private static void awaitRelease(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            throw new IllegalStateException(interrupted);
        }
    }

    /** The statement for a storm without a budget and the votes made one by one (a budget hinted) answer alike. */
    @Test
    void manyPeoplesVotesInOneStatementAnswerEachCallerAsMadeOneByOne() throws Exception {
        for (boolean budgetHinted : new boolean[] {false, true}) {
            StormId storm = testStorms.storm("Stem i én sætning").audience(Audience.SIGNED_IN).start();
            signedIn.newPerson("Idéskaber", Role.EMPLOYEE);
            IdeaId first = ideas.submit(storm, new IdeaDraft("Første", "Om første", null));
            IdeaId second = ideas.submit(storm, new IdeaDraft("Anden", "Om anden", null));
            IdeaId hidden = ideas.submit(storm, new IdeaDraft("Skjult", "Om skjult", null));
            database.update("update idea set hidden_at = now() where id = ?", hidden.value());
            List<Long> voters = signedIn.crowd("Vælger " + budgetHinted, 4);
            signedIn.as(voters.get(3), "Vælger", Role.CITIZEN);
            votes.vote(second);
            statements.budgetSeen(storm.value(), budgetHinted);
            List<VoteChange> changes = List.of(vote(first, storm, voters.get(0)), vote(first, storm, voters.get(1)),
                    vote(first, storm, voters.get(1)), vote(hidden, storm, voters.get(2)),
                    vote(second, storm, voters.get(2)), vote(second, storm, voters.get(3)));

            List<Boolean> answers = inOneBatch(voters.getFirst(), first, storm, changes);

            assertThat(answers).as("budget hinted: " + budgetHinted)
                    .containsExactly(true, true, false, false, true, false);
            assertThat(List.of(first, second, hidden)).extracting(idea -> database.queryForObject(
                    "select count(*) from idea_vote where idea_id = ?", Integer.class, idea.value()))
                    .containsExactly(2, 2, 0);
            batches.stop();
            batchSizes.clear();
        }
    }

    private static VoteChange vote(IdeaId idea, StormId storm, long person) {
        return new VoteChange(true, idea.value(), storm.value(), person, List.of("SIGNED_IN"));
    }

    /**
     * The changes made as one batch: a first batch (a withdrawal of nothing) is held until they all wait behind it.
     * Their answers, in order.
     */
    private List<Boolean> inOneBatch(long holder, IdeaId idea, StormId storm, List<VoteChange> changes)
            throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        batches = new VoteBatches(new FirstBatchHeld(held), 1, Duration.ofSeconds(20));
        batches.start();
        CompletableFuture<Boolean> holding = CompletableFuture.supplyAsync(() -> batches.made(
                new VoteChange(false, idea.value(), storm.value(), holder, List.of("SIGNED_IN"))));
        await().until(() -> batchSizes.size() == 1);
        List<CompletableFuture<Boolean>> answers = new ArrayList<>();
        for (VoteChange change : changes) {
            answers.add(CompletableFuture.supplyAsync(() -> batches.made(change)));
            await().until(() -> batches.queued() == answers.size());
        }
        held.countDown();
        assertThat(holding.get(30, TimeUnit.SECONDS)).isFalse();
        List<Boolean> made = new ArrayList<>();
        for (CompletableFuture<Boolean> answer : answers) {
            made.add(answer.get(30, TimeUnit.SECONDS));
        }
        assertThat(batchSizes).containsExactly(1, changes.size());
        return made;
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

        batches = new VoteBatches(new FirstBatchHeld(release), 1, Duration.ofSeconds(20));
        batches.start();
        CompletableFuture<Boolean> holding = CompletableFuture.supplyAsync(() -> batches.made(
                new VoteChange(false, two.getFirst().value(), storm.value(), voter, List.of("SIGNED_IN"))));
        await().until(() -> batchSizes.size() == 1);
        List<CompletableFuture<Boolean>> both = two.stream().map(idea -> CompletableFuture.supplyAsync(
                () -> batches.made(new VoteChange(true, idea.value(), storm.value(), voter, List.of("SIGNED_IN")))))
                .toList();
        await().until(() -> batches.queued() == 2);
        release.countDown();

        assertThat(holding.get(30, TimeUnit.SECONDS)).isFalse();
        assertThat(both).extracting(vote -> vote.get(30, TimeUnit.SECONDS)).containsExactlyInAnyOrder(true, false);
        assertThat(batchSizes).containsExactly(1, 2);
        assertThat(database.queryForObject("select count(*) from idea_vote where person_id = ? and storm_id = ?",
                Integer.class, voter, storm.value())).isOne();
    }
}
