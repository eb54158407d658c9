package dk.coi.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dk.coi.portal.identity.Role;
import dk.coi.portal.ideastorm.IdeaBoard;
import dk.coi.portal.ideastorm.IdeaDraft;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaOrder;
import dk.coi.portal.ideastorm.IdeaQuery;
import dk.coi.portal.ideastorm.IdeaService;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormService;
import dk.coi.portal.ideastorm.VoteService;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestClock;
import dk.coi.portal.support.TestStorms;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
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
    /** The sustained rate: this many voters, each on a thread of their own, each giving this many votes. */
    private static final int RATE_VOTERS = 50;
    private static final int RATE_VOTES_EACH = 150;
    private static final int LARGE_STORM_IDEAS = 2000;
    private static final int PART_CALLS = 4800;

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
    @Autowired
    DataSource dataSource;
    @Autowired
    StormService storms;
    @LocalServerPort
    int port;
    @Value("${portal.ideastorm.vote-connections:4}")
    int voteConnections;

    private final Timings report = new Timings();

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.clear();
    }

    @Test
    void votingUnderLoad() throws Exception {
        StormId storm = openStorm();
        List<IdeaId> all = submitIdeas(storm, IDEAS);
        List<Long> voters = signedIn.crowd("Vælger", VOTERS);

        Map<IdeaId, AtomicLong> expected = new ConcurrentHashMap<>();
        List<Long> spreadTimes = Collections.synchronizedList(new ArrayList<>());
        double spreadSeconds = inParallel(voters, THREADS, (voter, random) -> {
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
        double hotSeconds = inParallel(voters, THREADS, (voter, random) -> {
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

        write("voting.md", report.lines());
    }

    /**
     * Votes per second through {@link VoteService} with {@value #RATE_VOTERS} voters at once, beside the rate at
     * which the same database, pool and threads take plain single-row INSERTs (autocommit) into a table of the same
     * shape and unique key; then that no vote was lost or doubled and InnoDB counted no deadlock. Both are warmed up
     * first (a storm and a table of their own, as many calls as measured), so neither is timed while the JIT compiles
     * it, and the raw rate is measured before and after the votes, as other work on the machine comes and goes; the
     * ratio is to the higher of the two. The JVM's CPU time per vote or row shows what the Java side costs.
     */
    @Test
    void sustainedVotesPerSecondBesideTheDatabasesRawInsertRate() throws Exception {
        StormId warmUpStorm = openStorm();
        List<IdeaId> warmUpIdeas = submitIdeas(warmUpStorm, IDEAS);
        StormId storm = openStorm();
        List<IdeaId> all = submitIdeas(storm, IDEAS);
        List<Long> voters = signedIn.crowd("Vælger", RATE_VOTERS);
        createRawTable();
        try {
            inParallel(voters, RATE_VOTERS, (voter, random) -> chosen(warmUpIdeas, random).forEach(votes::vote));
            rawInserts(voters, warmUpIdeas, warmUpStorm);
            database.execute("truncate table bench_raw_vote");

            long deadlocksBefore = deadlocks();
            Rate rawBefore = rawInserts(voters, all, storm);
            Map<IdeaId, AtomicLong> expected = new ConcurrentHashMap<>();
            Rate service = measured(() -> inParallel(voters, RATE_VOTERS, (voter, random) -> {
                for (IdeaId idea : chosen(all, random)) {
                    votes.vote(idea);
                    expected.computeIfAbsent(idea, x -> new AtomicLong()).incrementAndGet();
                }
            }));
            database.execute("truncate table bench_raw_vote");
            Rate rawAfter = rawInserts(voters, all, storm);
            all.forEach(idea -> assertThat(stored(idea)).isEqualTo(expected.getOrDefault(idea, new AtomicLong()).get()));
            long deadlocks = deadlocks() - deadlocksBefore;
            assertThat(deadlocks).isZero();
            double raw = Math.max(rawBefore.perSecond(), rawAfter.perSecond());
            write("voting-rate.md", List.of(String.format(Locale.ROOT, "%d voters on %d threads (%d vote "
                            + "connections), %d votes each over %d ideas, after as many unmeasured: %.0f votes/s "
                            + "through VoteService (%.1f s); raw plain autocommit single-row INSERTs on the same pool "
                            + "and threads %.0f rows/s before (%.1f s) and %.0f after (%.1f s): %.0f %% of the higher "
                            + "raw rate (target ≥ 50 %%). Every idea's count exact afterwards; InnoDB deadlocks: %d. "
                            + "Statements the server received (Questions) per vote: %.1f through VoteService, %.1f "
                            + "raw. CPU per vote through VoteService: JVM %.2f ms, MariaDB %.2f ms; per raw row: JVM "
                            + "%.2f ms, MariaDB %.2f ms.", RATE_VOTERS, RATE_VOTERS, voteConnections,
                    RATE_VOTES_EACH, IDEAS, service.perSecond(), service.seconds(), rawBefore.perSecond(),
                    rawBefore.seconds(), rawAfter.perSecond(), rawAfter.seconds(), 100 * service.perSecond() / raw,
                    deadlocks, service.statementsEach(), rawAfter.statementsEach(), service.cpuMillisEach(),
                    service.databaseCpuMillisEach(), rawAfter.cpuMillisEach(), rawAfter.databaseCpuMillisEach())));
        } finally {
            database.execute("drop table bench_raw_vote");
        }
    }

    /**
     * Where a vote's cost lies in MariaDB, one kind of statement at a time on one connection of its own (prepared on
     * the server, autocommit) with nothing else running: MariaDB's CPU, the JVM thread's CPU and the wall time per
     * vote over {@value #PART_CALLS} votes of each kind — a raw row; a vote row inserted plainly; one vote inserted
     * by {@code INSERT … SELECT} checking its rules, and only the idea's; and the rules checked for a batch of 1, 4
     * and 12 votes in one statement (as {@code VoteStatements} does). Diagnostic; writes target/bench/vote-parts.md.
     */
    @Test
    void whereAVotesCostLiesInTheDatabase() throws Exception {
        StormId storm = openStorm();
        List<IdeaId> all = submitIdeas(storm, IDEAS);
        List<Long> people = signedIn.crowd("Vælger", PART_CALLS * PARTS.size() / IDEAS + 1);
        createRawTable();
        HikariDataSource portal = dataSource.unwrap(HikariDataSource.class);
        String url = portal.getJdbcUrl() + (portal.getJdbcUrl().contains("?") ? "&" : "?")
                + "useServerPrepStmts=true&cachePrepStmts=true";
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<String> lines = new ArrayList<>();
        try {
            for (int part = 0; part < PARTS.size(); part++) {
                Part measured = PARTS.get(part);
                int first = part * PART_CALLS;
                try (Connection connection = DriverManager.getConnection(url, portal.getUsername(),
                        portal.getPassword())) {
                    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                    long cpu = threads.getCurrentThreadCpuTime();
                    long databaseCpu = databaseCpuTicks();
                    long start = System.nanoTime();
                    for (int vote = first; vote < first + PART_CALLS; vote += measured.votes()) {
                        try (PreparedStatement statement = connection.prepareStatement(measured.sql())) {
                            int at = 1;
                            for (int each = vote; each < vote + measured.votes(); each++) {
                                for (Object value : measured.values(all.get(each % IDEAS).value(),
                                        people.get(each / IDEAS), storm.value(), now)) {
                                    statement.setObject(at++, value);
                                }
                            }
                            statement.execute();
                        }
                    }
                    lines.add(String.format(Locale.ROOT, "%-44s MariaDB %.3f ms, JVM %.3f ms, wall %.3f ms a vote",
                            measured.name(), (databaseCpuTicks() - databaseCpu) * 10.0 / PART_CALLS,
                            (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / PART_CALLS,
                            (System.nanoTime() - start) / 1e6 / PART_CALLS));
                }
                int stored = database.queryForObject("select count(*) from idea_vote where storm_id = ?",
                        Integer.class, storm.value()) + database.queryForObject("select count(*) from bench_raw_vote",
                        Integer.class);
                assertThat(stored).as(measured.name()).isEqualTo(PART_CALLS);
                database.update("delete from idea_vote where storm_id = ?", storm.value());
                database.execute("truncate table bench_raw_vote");
            }
        } finally {
            database.execute("drop table bench_raw_vote");
        }
        write("vote-parts.md", lines);
    }

    /** One kind of statement of {@link #whereAVotesCostLiesInTheDatabase}, for {@code votes} votes at a time. */
    private record Part(String name, String sql, int votes, boolean checksRules) {

        /** A vote's parameters: the row's four, or the rules' (a citizen's audiences padded). */
        List<Object> values(long idea, long person, long storm, LocalDateTime at) {
            return checksRules ? List.of(idea, storm, person, at, "SIGNED_IN", "SIGNED_IN")
                    : List.of(idea, person, storm, at);
        }
    }

    private static final String VOTE_RULES = """
            join idea i on i.id = v.idea and i.storm_id = v.storm
            join storm s on s.id = i.storm_id
            join storm_phase p on p.id = s.current_phase_id and p.storm_id = s.id
            join person me on me.id = v.person
            where i.hidden_at is null and i.merged_into is null and p.votes_open and p.ends_at > v.at
              and s.audience in (v.a0, v.a1) and s.vote_budget is null and me.erased_at is null
              and me.merged_into is null
              and not exists (select 1 from idea_vote mine where mine.idea_id = i.id and mine.person_id = me.id)""";

    private static final List<Part> PARTS = List.of(
            new Part("raw row", "insert into bench_raw_vote (idea_id, person_id, storm_id, created_at) "
                    + "values (?, ?, ?, ?)", 1, false),
            new Part("vote row, plain insert", "insert into idea_vote (idea_id, person_id, storm_id, created_at) "
                    + "values (?, ?, ?, ?)", 1, false),
            new Part("vote, insert … select of the idea's row only", "insert into idea_vote (idea_id, person_id, "
                    + "storm_id, created_at) select i.id, v.person, i.storm_id, v.at from (" + rulesRows(1)
                    + ") v join idea i on i.id = v.idea and i.storm_id = v.storm where i.hidden_at is null "
                    + "and i.merged_into is null lock in share mode", 1, true),
            votes(1), votes(4), votes(12));

    /** Votes checked against every rule in one statement, as {@code VoteStatements} makes a batch. */
    private static Part votes(int count) {
        return new Part("votes with every rule, " + count + " a statement", "insert into idea_vote (idea_id, "
                + "person_id, storm_id, created_at) select i.id, me.id, s.id, v.at from (" + rulesRows(count) + ") v "
                + VOTE_RULES + " order by i.id, me.id lock in share mode returning idea_id", count, true);
    }

    private static String rulesRows(int count) {
        return String.join(" union all ", Collections.nCopies(count,
                "select ? idea, ? storm, ? person, ? at, ? a0, ? a1"));
    }

    /** A measured run of {@value #RATE_VOTERS} × {@value #RATE_VOTES_EACH} calls. */
    private record Rate(double seconds, long statements, long cpuNanos, long databaseCpuTicks) {

        static final int CALLS = RATE_VOTERS * RATE_VOTES_EACH;

        double perSecond() {
            return CALLS / seconds;
        }

        double statementsEach() {
            return (double) statements / CALLS;
        }

        double cpuMillisEach() {
            return cpuNanos / 1e6 / CALLS;
        }

        /** /proc counts a process's CPU time in clock ticks, 100 a second on Linux. */
        double databaseCpuMillisEach() {
            return databaseCpuTicks * 10.0 / CALLS;
        }
    }

    private interface Run {
        double seconds() throws Exception;
    }

    private Rate measured(Run run) throws Exception {
        long statementsBefore = status("Questions");
        long cpuBefore = processCpuNanos();
        long databaseCpuBefore = databaseCpuTicks();
        double seconds = run.seconds();
        return new Rate(seconds, status("Questions") - statementsBefore, processCpuNanos() - cpuBefore,
                databaseCpuTicks() - databaseCpuBefore);
    }

    /** The embedded MariaDB server's user and system CPU time so far, from /proc (its pid from its pid file). */
    private long databaseCpuTicks() throws IOException {
        String pidFile = database.queryForObject("select @@pid_file", String.class);
        String pid = Files.readString(Path.of(pidFile)).strip();
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private void createRawTable() {
        database.execute("""
                create table bench_raw_vote (id bigint not null auto_increment, idea_id bigint not null,
                    person_id bigint not null, storm_id bigint not null, created_at datetime(6) not null,
                    primary key (id), unique key uq_bench_raw_vote (idea_id, person_id))""");
    }

    /** Each voter's {@value #RATE_VOTES_EACH} rows as plain autocommit INSERTs on the portal's pool, counted. */
    private Rate rawInserts(List<Long> voters, List<IdeaId> ideas, StormId storm) throws Exception {
        Rate rate = measured(() -> inParallel(voters, RATE_VOTERS, (voter, random) -> {
            for (IdeaId idea : chosen(ideas, random)) {
                database.update("insert into bench_raw_vote (idea_id, person_id, storm_id, created_at) "
                        + "values (?, ?, ?, utc_timestamp(6))", idea.value(), voter, storm.value());
            }
        }));
        assertThat(database.queryForObject("select count(*) from bench_raw_vote", Integer.class))
                .isEqualTo(Rate.CALLS);
        return rate;
    }

    /**
     * A storm of {@value #LARGE_STORM_IDEAS} ideas: the first screen of its list as the storm page gets it (a voter
     * signed in, the default order), and the server-rendered page a reader who is not signed in gets over HTTP.
     */
    @Test
    void theFirstScreenOfAStormWithTwoThousandIdeas() throws Exception {
        StormId storm = openStorm();
        List<IdeaId> all = submitIdeas(storm, LARGE_STORM_IDEAS);
        List<Long> voters = signedIn.crowd("Vælger", RATE_VOTERS);
        inParallel(voters, RATE_VOTERS, (voter, random) -> chosen(all, random).forEach(votes::vote));

        Timings page = new Timings();
        signedIn.as(voters.getFirst(), "Vælger", Role.CITIZEN);
        page.line("the storm page's list as a signed-in voter gets it, " + LARGE_STORM_IDEAS + " ideas, "
                        + RATE_VOTERS * RATE_VOTES_EACH + " votes, random order, first " + IdeaQuery.PAGE_SIZE,
                Timings.measure(READS_MEASURED, () -> {
                    IdeaBoard board = ideas.board(storm, IdeaQuery.first());
                    assertThat(board.ideas().ideas()).hasSize(IdeaQuery.PAGE_SIZE);
                    return board;
                }), "p95 ≤ 50");
        signedIn.anonymous();
        URI address = URI.create("http://localhost:" + port + "/" + storms.screen(storm).orElseThrow().path());
        signedIn.clear();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(address).header("Accept-Language", "da").build();
            page.line("the public storm page over HTTP (not signed in), " + LARGE_STORM_IDEAS + " ideas, first "
                    + IdeaQuery.PAGE_SIZE, Timings.measure(READS_MEASURED, () -> {
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            assertThat(response.statusCode()).isEqualTo(200);
                            return response;
                        } catch (IOException | InterruptedException failed) {
                            throw new IllegalStateException(failed);
                        }
                    }), "p95 ≤ 50");
        }
        write("storm-page.md", page.lines());
    }

    /** The ideas' titles and texts differ, so the storm's list reads like a real one. */
    private List<IdeaId> submitIdeas(StormId storm, int count) {
        signedIn.newPerson("Idérige Ida", Role.EMPLOYEE);
        List<IdeaId> submitted = IntStream.range(0, count)
                .mapToObj(i -> ideas.submit(storm, new IdeaDraft("Idé nummer " + i, BenchTexts.text(600, i), null)))
                .toList();
        signedIn.clear();
        return submitted;
    }

    /** A voter's {@value #RATE_VOTES_EACH} different ideas, drawn with their own random. */
    private static List<IdeaId> chosen(List<IdeaId> all, Random random) {
        List<IdeaId> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, RATE_VOTES_EACH);
    }

    private long deadlocks() {
        return status("Innodb_deadlocks");
    }

    private long status(String variable) {
        return database.query("show global status like ?", (row, n) -> row.getLong(2), variable).getFirst();
    }

    private static void write(String file, List<String> lines) throws IOException {
        Path out = Path.of("target/bench", file);
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);
    }

    /** A storm of the simple template in its open phase, which takes ideas and votes and shows the counts. */
    private StormId openStorm() {
        return testStorms.storm("Stem under pres").phases(Duration.ofDays(7), Duration.ofDays(7), Duration.ofDays(7))
                .start();
    }

    private interface VoterWork {
        void run(long voter, Random random) throws Exception;
    }

    /** Runs each voter's work, signed in as them, on the threads; returns the wall-clock seconds. */
    private double inParallel(List<Long> voters, int threads, VoterWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
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
