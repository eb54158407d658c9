package dk.coi.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.identity.Role;
import dk.coi.portal.notification.FollowPeriod;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.wiki.HistoryLine;
import dk.coi.portal.wiki.WikiDiff;
import dk.coi.portal.wiki.WikiEdit;
import dk.coi.portal.wiki.PageScreen;
import dk.coi.portal.wiki.WikiPageView;
import dk.coi.portal.wiki.WikiScreens;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiWatchService;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The wiki's speed targets, measured on the embedded MariaDB through the services the views call (method
 * security, transactions, Envers, Markdown rendering and sanitising all included). Not part of the test suite:
 * run it with {@code ./mvnw -Pbench test} (see docs/performance.md); it prints the figures and writes them to
 * {@code target/bench/wiki.md}. It checks that each measured call did its work, never how fast it was.
 * The page views name many distinct pages, so the link check (blue or red link) is part of what is measured.
 */
@PortalTest
@TestPropertySource(properties = {"portal.wiki.saves-per-minute=100000000", "logging.level.dk.coi.portal=warn"})
class WikiBenchmark {

    private static final int HISTORY_REVISIONS = 10_000;
    private static final int SAVES_MEASURED = 1_000;
    private static final int READS_MEASURED = 300;

    @Autowired
    WikiService wiki;
    @Autowired
    SignedIn signedIn;
    @Autowired
    WikiScreens screens;
    @Autowired
    WikiWatchService watchlist;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    private final Timings report = new Timings();

    @AfterEach
    void clear() {
        signedIn.clear();
    }

    @Test
    void wikiTargets() throws Exception {
        var bente = signedIn.signUp("Bente Benchmark");
        signedIn.as(bente, Role.EMPLOYEE);

        String historyPage = "Historik " + UUID.randomUUID();
        long[] saves = saveRevisions(historyPage, HISTORY_REVISIONS);
        report.line("save of a 5 KB page, one person, sequential (last " + SAVES_MEASURED + " of " + HISTORY_REVISIONS
                + " saves)", Arrays.copyOfRange(saves, saves.length - SAVES_MEASURED, saves.length), "p95 ≤ 100");
        report.add("");
        report.add("Sequential save throughput: " + String.format(Locale.ROOT, "%.0f",
                HISTORY_REVISIONS / (Arrays.stream(saves).sum() / 1e9)) + " saves/s over " + HISTORY_REVISIONS
                + " saves.");
        report.add("Concurrent save throughput (4 people, 4 pages, 2 000 saves): "
                + String.format(Locale.ROOT, "%.0f", concurrentThroughput(4, 500)) + " saves/s.");
        signedIn.as(bente, Role.EMPLOYEE);
        report.add("");

        report.line("history, first screen (50 lines) of a page with " + HISTORY_REVISIONS + " revisions",
                Timings.measure(READS_MEASURED, () -> {
                    List<HistoryLine> lines = wiki.history(historyPage, 0, 50);
                    assertThat(lines).hasSize(50);
                    return lines;
                }), "≤ 100");
        long middle = wiki.history(historyPage, 0, 5_000).getLast().revision();
        report.line("history, a screen from the middle (after 5 000 newer revisions)",
                Timings.measure(READS_MEASURED, () -> {
                    List<HistoryLine> lines = wiki.history(historyPage, middle, 50);
                    assertThat(lines).hasSize(50);
                    return lines;
                }), "—");

        String diffPage = "Forskel " + UUID.randomUUID();
        String before = BenchTexts.text(100 * 1024, 0);
        String after = BenchTexts.text(100 * 1024, 1);
        WikiPageView first = wiki.save(new WikiEdit(diffPage, before, "100 KB", false, null));
        wiki.save(new WikiEdit(diffPage, after, "5 % af linjerne ændret", false, first.version()));
        List<HistoryLine> revisions = wiki.history(diffPage, 0, 2);
        long from = revisions.get(1).revision();
        long to = revisions.get(0).revision();
        report.line("diff of two 100 KB revisions (≈5 % of lines changed), texts loaded from Envers",
                Timings.measure(READS_MEASURED, () -> {
                    WikiDiff diff = wiki.diff(diffPage, from, to).orElseThrow();
                    assertThat(diff.identical()).isFalse();
                    return diff;
                }), "≤ 50");

        String viewPage = "Visning " + UUID.randomUUID();
        String fifty = BenchTexts.page(50 * 1024,
                section -> section % 2 == 0 ? historyPage : "Manglende side " + section);
        wiki.save(new WikiEdit(viewPage, fifty, "50 KB", false, null));
        signedIn.anonymous();
        report.line("page view of a 50 KB page with " + (fifty.split("\\[\\[", -1).length - 1)
                        + " [[links]] to " + distinctLinks(fifty) + " pages (load, Markdown, sanitiser, link check), anonymous",
                Timings.measure(READS_MEASURED, () -> {
                    WikiPageView view = wiki.page(viewPage).orElseThrow();
                    assertThat(view.html().html()).contains("<table");
                    return view;
                }), "p95 ≤ 50");

        // The page as its screen gets it (one read model), and as a signed-in watcher's visit does: the screen,
        // whether they watch it, and their notices of it marked read.
        report.line("page screen (WikiScreens.page) of the 50 KB page, anonymous",
                Timings.measure(READS_MEASURED, () -> screens.page(viewPage)), "p95 ≤ 50");
        report.add("| SQL statements of that page screen, anonymous | 1 | " + statements(() -> screens.page(viewPage))
                + " | | | | |");
        signedIn.as(bente, Role.EMPLOYEE);
        watchlist.watch(viewPage, FollowPeriod.PERMANENT, Locale.ENGLISH);
        // As PageView does it: the screen (with the watch state), then the page's notices marked read.
        Supplier<Object> watcherVisit = () -> {
            PageScreen screen = screens.page(viewPage);
            assertThat(screen.watched()).isPresent();
            WikiPageView page = screen.page().orElseThrow();
            watchlist.markSeen(page);
            return null;
        };
        report.line("signed-in watcher's page visit (screen, watch state, notices marked read)",
                Timings.measure(READS_MEASURED, watcherVisit), "p95 ≤ 50");
        report.add("| SQL statements of that visit | 1 | " + statements(watcherVisit) + " | | | | |");

        Path out = Path.of("target/bench/wiki.md");
        Files.createDirectories(out.getParent());
        Files.write(out, report.lines());
        report.lines().forEach(System.out::println);
    }

    /** Saves a page {@code count} times, each a small edit of a 5 KB text; returns each save's nanoseconds. */
    private long[] saveRevisions(String title, int count) {
        long[] times = new long[count];
        String base = BenchTexts.text(5 * 1024, 0);
        Long version = null;
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            version = wiki.save(new WikiEdit(title, base + "\n\nÆndring " + i, "ændring " + i, i % 3 == 0, version))
                    .version();
            times[i] = System.nanoTime() - start;
        }
        return times;
    }

    private double concurrentThroughput(int people, int savesEach) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(people);
        List<Callable<Void>> work = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            var person = signedIn.signUp("Parallel " + p);
            String title = "Parallel " + UUID.randomUUID();
            work.add(() -> {
                signedIn.as(person, Role.EMPLOYEE);
                saveRevisions(title, savesEach);
                return null;
            });
        }
        long start = System.nanoTime();
        for (Future<Void> done : pool.invokeAll(work)) {
            done.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return people * savesEach / seconds;
    }

    /** How many SQL statements Hibernate prepared for one call. */
    private long statements(Supplier<?> call) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        call.get();
        long prepared = statistics.getPrepareStatementCount();
        statistics.setStatisticsEnabled(false);
        return prepared;
    }



    private static long distinctLinks(String page) {
        return java.util.regex.Pattern.compile("\\[\\[([^\\]|]+)").matcher(page).results()
                .map(match -> match.group(1)).distinct().count();
    }
}
