package dk.coi.portal.bench;

import dk.coi.portal.identity.Role;
import dk.coi.portal.ideastorm.IdeaDraft;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaService;
import dk.coi.portal.ideastorm.LiveVotes;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.ideastorm.VoteService;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestClock;
import dk.coi.portal.support.TestStorms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Time from a vote to its count changing in the other open views of the storm (issue 12: p95 ≤ 1 s with 200 open
 * views). One person after another votes on the same idea through {@link VoteService}, each vote once every view
 * has shown the previous count, so every vote waits out a whole coalescing window of {@link LiveVotes}, the slow
 * case. (a) 200 views registered as the storm views register, timed in the JVM from the vote call to each view
 * being handed the new count; (b) {@code bench.pages} (default 16) signed-in storm pages open in Chromium beside
 * those 200, timed from the vote call to the count's text changing in each page; the 200 are timed again; (c) 200
 * real Vaadin UIs of the storm page alone ({@link ServerUis}: 10 signed-in sessions of 20 tabs), timed from the vote
 * call to each UI's push message carrying the new count. {@code bench.parts} (default {@code abc}) chooses the
 * parts. Not part of the test suite: {@code ./mvnw -Pbench test -Dbench.test=LiveVotesBenchmark} (see
 * docs/performance.md); it writes {@code target/bench/live-votes.md}.
 */
@PortalTest
@TestPropertySource(properties = "logging.level.dk.coi.portal=warn")
class LiveVotesBenchmark {

    private static final int VIEWS = 200;
    private static final int VOTES = 100;
    private static final int WARM_UP_VOTES = 10;
    private static final int PAGES = Integer.getInteger("bench.pages", 16);
    private static final String IDEA = "Sms dagen inden samtalen";
    private static final String PARTS = System.getProperty("bench.parts", "abc");
    private static final int UI_SESSIONS = 10;

    @Autowired
    VoteService votes;
    @Autowired
    IdeaService ideas;
    @Autowired
    LiveVotes live;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestStorms testStorms;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    private final Timings report = new Timings();
    private final List<Long> voters = new ArrayList<>();
    private long count;

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.clear();
    }

    @Test
    void aVoteReachesEveryOpenView() throws Exception {
        String title = "Levende stemmer " + clock.instant().getEpochSecond() % 100_000;
        StormId storm = testStorms.storm(title).phases(Duration.ofDays(7), Duration.ofDays(7), Duration.ofDays(7))
                .start();
        signedIn.newPerson("Idérige Ida", Role.EMPLOYEE);
        IdeaId idea = ideas.submit(storm, new IdeaDraft(IDEA, BenchTexts.text(400, 1), null));
        IntStream.range(2, 6).forEach(i -> ideas.submit(storm, new IdeaDraft("Idé nummer " + i,
                BenchTexts.text(400, i), null)));
        // Voters in one batch: they vote through the service, never sign in with a password.
        voters.addAll(signedIn.crowd("Vælger", 2 * WARM_UP_VOTES + 1 + 3 * VOTES));
        signedIn.clear();

        try {
            if (PARTS.contains("a") || PARTS.contains("b")) {
                try (RecordingViews views = new RecordingViews(live, storm, idea, VIEWS)) {
                    measure(storm, title, idea, views);
                }
            }
            if (PARTS.contains("c")) {
                try (ServerUis uis = new ServerUis(context, "http://localhost:" + port + "/",
                        StormRoutes.storm(storm, title), UI_SESSIONS, VIEWS / UI_SESSIONS, signedIn)) {
                    measureRealUis(idea, uis);
                }
            }
        } finally {
            // What was measured is kept also when a later part fails.
            Path out = Path.of("target/bench/live-votes.md");
            Files.createDirectories(out.getParent());
            Files.write(out, report.lines());
            report.lines().forEach(System.out::println);
        }
    }

    /** (a) the registered views alone, then (b) Chromium pages beside them. */
    private void measure(StormId storm, String title, IdeaId idea, RecordingViews views) throws Exception {
        if (PARTS.contains("a")) {
            timedAlone("(a) " + VIEWS + " registered views, no browser: vote call → view handed the count", idea,
                    views);
        }
        if (!PARTS.contains("b")) {
            return;
        }
        String base = "http://localhost:" + port + "/";
        String path = StormRoutes.storm(storm, title);
        try (LivePages pages = new LivePages(base, path, IDEA, PAGES, signedIn)) {
            voteOnce(idea, views, pages);
            String load = loadAverage();
            List<long[]> handedBeside = new ArrayList<>();
            List<long[]> shown = new ArrayList<>();
            for (int i = 0; i < VOTES; i++) {
                Delivery delivery = voteOnce(idea, views, pages);
                handedBeside.add(delivery.handed());
                shown.add(delivery.shown());
            }
            String loadAfter = loadAverage();
            lines("(b) " + pages.size() + " signed-in Chromium pages beside the " + VIEWS + " registered views: vote"
                    + " call → count's text changed in the page", shown, load + " → " + loadAfter);
            allViews("(b) the " + VIEWS + " registered views beside the " + pages.size() + " pages: vote call → view"
                    + " handed the count", handedBeside, load + " → " + loadAfter);
            note(pages.version() + "; ");
        }
    }

    private void note(String browser) {
        report.add("");
        report.add(browser + VOTES + " votes per run (after warm-up votes), one at a time, each by another person on"
                + " the same idea, after every view showed the last (so each waits out the push's whole coalescing"
                + " window). Load is the 1-minute load average (uptime) before → after the run.");
    }

    /** (c) 200 real Vaadin UIs of the storm page, no registered views and no browser beside them. */
    private void measureRealUis(IdeaId idea, ServerUis uis) throws InterruptedException, IOException {
        timedAlone("(c) " + VIEWS + " real Vaadin UIs (" + UI_SESSIONS + " signed-in sessions), no browser: vote"
                + " call → the UI's push message carries the count", idea, uis);
        note("");
    }

    /** Warm-up votes, then the measured votes reaching the views, as one line over every view of every vote. */
    private void timedAlone(String what, IdeaId idea, OpenViews views) throws InterruptedException, IOException {
        for (int i = 0; i < WARM_UP_VOTES; i++) {
            voteOnce(idea, views, null);
        }
        String load = loadAverage();
        List<long[]> handed = new ArrayList<>();
        for (int i = 0; i < VOTES; i++) {
            handed.add(voteOnce(idea, views, null).handed());
        }
        lines(what, handed, load + " → " + loadAverage());
    }

    /** What one vote took to reach the registered views (nanoseconds) and the pages (nanoseconds, or none). */
    private record Delivery(long[] handed, long[] shown) {
    }

    /** The next voter votes on the idea; waits until every view (and page) shows the new count. */
    private Delivery voteOnce(IdeaId idea, OpenViews views, LivePages pages) throws InterruptedException {
        long voter = voters.removeFirst();
        count++;
        views.await(count);
        signedIn.as(voter, "Vælger", Role.CITIZEN);
        Instant wallClock;
        long start;
        try {
            wallClock = Instant.now();
            start = System.nanoTime();
            votes.vote(idea);
        } finally {
            signedIn.clear();
        }
        long[] handed = views.handedAfter(start);
        if (pages == null) {
            return new Delivery(handed, null);
        }
        double votedAtMillis = wallClock.toEpochMilli() + wallClock.getNano() % 1_000_000 / 1e6;
        long[] shown = Arrays.stream(pages.shownAfter(count, votedAtMillis)).mapToLong(ms -> Math.round(ms * 1e6))
                .toArray();
        return new Delivery(handed, shown);
    }

    /** A table line over every view's time of every vote, and one over each vote's slowest view. */
    private void lines(String what, List<long[]> perVote, String load) {
        allViews(what, perVote, load);
        report.line(what + ", the slowest view of each vote", perVote.stream()
                .mapToLong(times -> Arrays.stream(times).max().orElseThrow()).toArray(), "p95 ≤ 1000");
    }

    /** A table line over every view's time of every vote. */
    private void allViews(String what, List<long[]> perVote, String load) {
        report.line(what + "; load " + load, perVote.stream().flatMapToLong(Arrays::stream).toArray(),
                "p95 ≤ 1000");
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }
}
