package dk.coi.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.identity.Role;
import dk.coi.portal.ideastorm.IdeaBoard;
import dk.coi.portal.ideastorm.IdeaDraft;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaOrder;
import dk.coi.portal.ideastorm.IdeaQuery;
import dk.coi.portal.ideastorm.IdeaService;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.VoteService;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestClock;
import dk.coi.portal.support.TestStorms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Voting in an idea storm under load, on the embedded MariaDB through the services the views call (method
 * security, the audience and phase checks, the per-person lock, the live push after commit). Many people vote
 * and withdraw at once on a storm's ideas — spread over all ideas, then all on one idea — and the harness checks
 * that every idea's count is exactly what was given, then times the list a reader sees while counts are shown.
 * Not part of the test suite: {@code ./mvnw -Pbench test -Dbench.test=VotingBenchmark} (see docs/performance.md);
 * it writes {@code target/bench/voting.md}.
 */
@PortalTest
@TestPropertySource(properties = {"portal.ideastorm.ideas-per-hour=100000", "logging.level.dk.coi.portal=warn"})
class VotingBenchmark {

    private static final int IDEAS = 200;
    private static final int VOTERS = 400;
    private static final int VOTES_EACH = 10;
    private static final int THREADS = 8;
    private static final int READS_MEASURED = 300;

    @Autowired
    VoteService votes;
    @Autowired
    IdeaService ideas;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestStorms testStorms;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate database;

    private final Timings report = new Timings();

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.clear();
    }

    @Test
    void votingUnderLoad() throws Exception {
        StormId storm = openStorm();
        signedIn.newPerson("Idérige Ida", Role.EMPLOYEE);
        List<IdeaId> all = IntStream.range(0, IDEAS)
                .mapToObj(i -> ideas.submit(storm, new IdeaDraft("Idé nummer " + i, BenchTexts.text(600, i), null)))
                .toList();
        List<Long> voters = IntStream.range(0, VOTERS)
                .mapToObj(i -> signedIn.newPerson("Vælger " + i, Role.CITIZEN)).toList();
        signedIn.clear();

        Map<IdeaId, AtomicLong> expected = new ConcurrentHashMap<>();
        List<Long> spreadTimes = Collections.synchronizedList(new ArrayList<>());
        double spreadSeconds = inParallel(voters, (voter, random) -> {
            List<IdeaId> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, random);
            List<IdeaId> chosen = shuffled.subList(0, VOTES_EACH);
            for (IdeaId idea : chosen) {
                spreadTimes.add(timed(() -> votes.vote(idea)));
            }
            // Two second thoughts: one vote withdrawn for good, one withdrawn and given again.
            spreadTimes.add(timed(() -> votes.withdraw(chosen.get(0))));
            spreadTimes.add(timed(() -> votes.withdraw(chosen.get(1))));
            spreadTimes.add(timed(() -> votes.vote(chosen.get(1))));
            chosen.subList(1, VOTES_EACH).forEach(idea -> expected.computeIfAbsent(idea, x -> new AtomicLong())
                    .incrementAndGet());
        });
        all.forEach(idea -> assertThat(stored(idea)).isEqualTo(expected.getOrDefault(idea, new AtomicLong()).get()));
        int spreadCalls = spreadTimes.size();
        report.line(VOTERS + " people on " + THREADS + " threads, each voting on " + VOTES_EACH + " of " + IDEAS
                + " ideas, withdrawing two and giving one again (a call)", toArray(spreadTimes), "p95 ≤ 100");

        IdeaId popular = all.getFirst();
        long before = stored(popular);
        List<Long> hotTimes = Collections.synchronizedList(new ArrayList<>());
        double hotSeconds = inParallel(voters, (voter, random) -> {
            // Everyone on the one idea: those who had voted on it withdraw, the others vote.
            boolean had = database.queryForObject("select count(*) from idea_vote where idea_id = ? and person_id = ?",
                    Integer.class, popular.value(), voter) == 1;
            hotTimes.add(timed(() -> {
                if (had) {
                    votes.withdraw(popular);
                } else {
                    votes.vote(popular);
                }
            }));
        });
        assertThat(stored(popular)).isEqualTo(VOTERS - before);
        report.line(VOTERS + " people on " + THREADS + " threads on one idea at once (a call)", toArray(hotTimes),
                "p95 ≤ 100");

        signedIn.anonymous();
        IdeaQuery mostVotes = new IdeaQuery(IdeaOrder.MOST_VOTES, null, null, 0);
        report.line("the storm's list as a reader gets it, " + IDEAS + " ideas, most votes first, first 50",
                Timings.measure(READS_MEASURED, () -> {
                    IdeaBoard board = ideas.board(storm, mostVotes);
                    assertThat(board.ideas().ideas()).hasSize(IdeaQuery.PAGE_SIZE);
                    return board;
                }), "p95 ≤ 50");
        report.add("");
        report.add(String.format(Locale.ROOT, "Throughput, votes spread over the ideas: %.0f calls/s (%d calls); "
                + "all on one idea: %.0f calls/s (%d calls). Every idea's count was exact afterwards.",
                spreadCalls / spreadSeconds, spreadCalls, hotTimes.size() / hotSeconds, hotTimes.size()));

        Path out = Path.of("target/bench/voting.md");
        Files.createDirectories(out.getParent());
        Files.write(out, report.lines());
        report.lines().forEach(System.out::println);
    }

    /** A storm of the simple template in its open phase, which takes ideas and votes and shows the counts. */
    private StormId openStorm() {
        return testStorms.storm("Stem under pres").phases(Duration.ofDays(7), Duration.ofDays(7), Duration.ofDays(7))
                .start();
    }

    private interface VoterWork {
        void run(long voter, Random random) throws Exception;
    }

    /** Runs each voter's work, signed in as them, on {@link #THREADS} threads; returns the wall-clock seconds. */
    private double inParallel(List<Long> voters, VoterWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<Void>> tasks = voters.stream().<Callable<Void>>map(voter -> () -> {
                signedIn.as(voter, "Vælger", Role.CITIZEN);
                try {
                    work.run(voter, new Random(voter));
                } finally {
                    signedIn.clear();
                }
                return null;
            }).toList();
            long start = System.nanoTime();
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdown();
        }
    }

    private static long timed(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return System.nanoTime() - start;
    }

    private long stored(IdeaId idea) {
        return database.queryForObject("select count(*) from idea_vote where idea_id = ?", Long.class, idea.value());
    }

    private static long[] toArray(List<Long> times) {
        return times.stream().mapToLong(Long::longValue).toArray();
    }
}
