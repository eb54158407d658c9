package dk.coi.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.wiki.WikiRoutes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * What a reader waits for, measured on the production jar ({@code prod} profile) against an external MariaDB
 * with generated data (issue 10's table): time until the text is visible in headless Chromium, bytes and
 * requests of a first visit, an HTTP load run of readers, and the heap a signed-in Vaadin session holds. It runs
 * against whatever serves the portal's addresses, server-rendered page or Vaadin view, and says which it got.
 *
 * <p>Not part of the test suite and asserts no timing: run it with {@code bash bench/reader-bench.sh}, which
 * builds the jar, prepares the database and passes its address in {@code BENCH_JDBC_URL},
 * {@code BENCH_DB_USER} and {@code BENCH_DB_PASSWORD}. {@code BENCH_JAR} names another jar to measure,
 * {@code BENCH_RUNS} the timed visits per figure (default 30), {@code BENCH_SESSIONS} the signed-in sessions
 * for the heap figure (default 30). Writes {@code target/bench/reader.md} and the portal's log beside it.
 */
class ReaderBenchmark {

    private static final int PORT = 18_280;
    private static final int READERS = 8;
    private static final Duration LOAD_TIME = Duration.ofSeconds(20);
    /** As the production image starts it (docker/Dockerfile). */
    private static final List<String> JAVA_OPTIONS = List.of("-XX:MaxRAMPercentage=75");

    private final List<String> report = new ArrayList<>();
    private final int runs = Integer.parseInt(setting("BENCH_RUNS", "30"));
    /** On a shared machine: before each timed series, wait (up to 15 minutes) until no other build runs. */
    private final boolean waitForQuiet = !setting("BENCH_WAIT_QUIET", "").isEmpty();

    /** A row of issue 10's table: a page, the text a reader waits for, and the goal. */
    private record Row(String what, String path, String text, String goal, boolean goalIsFirstVisit) {
    }

    @Test
    void readerTargets() throws Exception {
        String jdbcUrl = setting("BENCH_JDBC_URL", null);
        assertThat(jdbcUrl).as("BENCH_JDBC_URL: run bash bench/reader-bench.sh").isNotNull();
        String dbUser = setting("BENCH_DB_USER", "");
        String dbPassword = setting("BENCH_DB_PASSWORD", "");
        Path jar = Path.of(setting("BENCH_JAR", "")).toString().isEmpty() ? newestJar()
                : Path.of(setting("BENCH_JAR", ""));
        Path out = Path.of("target/bench");
        Files.createDirectories(out);
        Path dataDir = Files.createTempDirectory("reader-bench");
        Map<String, String> database = Map.of("SPRING_DATASOURCE_URL", jdbcUrl, "SPRING_DATASOURCE_USERNAME", dbUser,
                "SPRING_DATASOURCE_PASSWORD", dbPassword);
        String loadBefore = loadAverage();
        long othersBefore = otherBuilds();

        // The first start creates the schema (Flyway); the data goes in while the portal is stopped, and the
        // second start's check finds the index short of the database and builds it.
        try (var ignored = PortalProcess.start(jar, JAVA_OPTIONS, database, PORT, dataDir,
                out.resolve("reader-portal-migrate.log"))) {
            // Only the schema.
        }
        ReaderData.Written data = new ReaderData(jdbcUrl, dbUser, dbPassword).write();
        long started = System.nanoTime();
        try (var portal = PortalProcess.start(jar, JAVA_OPTIONS, database, PORT, dataDir,
                out.resolve("reader-portal.log"))) {
            String indexed = portal.awaitLogLine("Search index rebuilt", Duration.ofMinutes(15));
            double startSeconds = (System.nanoTime() - started) / 1e9;
            header(jar, jdbcUrl, dbUser, dbPassword, data, indexed, startSeconds, loadBefore);

            String page = "/" + WikiRoutes.page(ReaderData.PAGE_50KB);
            String history = "/" + WikiRoutes.history(ReaderData.HISTORY_PAGE);
            String diff = "/" + WikiRoutes.diff(ReaderData.DIFF_PAGE, data.diffFrom(), data.diffTo());
            String search = "/sog?q=" + URLEncoder.encode(ReaderData.SEARCH_QUERY, StandardCharsets.UTF_8);
            String editor = "/" + WikiRoutes.edit(ReaderData.PAGE_50KB);
            List<Row> reading = List.of(
                    new Row("open a 50 KB page (~300 links)", page, ReaderData.PAGE_50KB_TEXT, "≤ 210 / ≤ 70", true),
                    new Row("history of a page with 2 000 revisions", history, ReaderData.HISTORY_TEXT, "≤ 70",
                            false),
                    new Row("diff of two ~100 KB revisions", diff, ReaderData.DIFF_TEXT, "≤ 100", false),
                    new Row("search over 10 000 Danish pages", search, ReaderData.SEARCH_TEXT, "≤ 110", false));

            firstResponses(portal.baseUrl(), reading);
            try (var browser = new ReaderBrowser(portal.baseUrl())) {
                report.add("Browser: " + browser.version() + ", headless, 1280 × 800, da-DK.");
                report.add("");
                timings(portal, browser, reading, editor);
                transfers(browser, reading);
                load(portal, List.of(new LoadRun.Target(page, ReaderData.PAGE_50KB_TEXT)),
                        "the 50 KB page");
                load(portal, reading.stream().map(row -> new LoadRun.Target(row.path(), row.text())).toList(),
                        "page, history, diff and search in turn");
                sessionHeap(portal, browser, page);
            }
        } finally {
            deleteTree(dataDir);
        }
        report.add("");
        report.add("Load average (1, 5, 15 min) at the start → at the end: " + loadBefore + " → " + loadAverage()
                + " (it includes this run's own Maven build and browser). Other Maven and Surefire processes: "
                + othersBefore + " at the start, " + otherBuilds() + " at the end"
                + " (with any, the machine was shared and the times are not comparable).");
        Files.write(out.resolve("reader.md"), report);
        report.forEach(System.out::println);
    }

    private void header(Path jar, String jdbcUrl, String user, String password, ReaderData.Written data,
                        String indexed, double startSeconds, String load) throws Exception {
        String mariadb;
        try (var db = DriverManager.getConnection(jdbcUrl, user, password);
             var version = db.createStatement().executeQuery("SELECT VERSION()")) {
            version.next();
            mariadb = version.getString(1);
        }
        report.add("# Public reading (issue 10): " + LocalDate.now());
        report.add("");
        report.add("Jar: `" + jar.getFileName() + "` (`prod` profile, " + String.join(" ", JAVA_OPTIONS)
                + "), Java " + Runtime.version() + ", MariaDB " + mariadb + " on loopback.");
        report.add("Machine: " + Runtime.getRuntime().availableProcessors() + " cores ("
                + cpuModel() + "), " + memTotal() + "; load average at the start " + load + ".");
        report.add("Data: " + data.pages() + " pages and " + data.revisions() + " revisions (the \"50 KB\" page: "
                + data.pageBytes() / 1024 + " KB of Markdown, " + data.pageLinks() + " wiki links) written in "
                + data.took().toSeconds() + " s; the second start to \"search index rebuilt\" took "
                + Math.round(startSeconds) + " s (" + indexed.replaceAll(".*(Search index rebuilt.*)", "$1") + ").");
        report.add("Timed visits per figure: " + runs + ", after two untimed ones.");
        report.add("");
    }

    /** Whether each address answers with its text in the first response (server-rendered) or not (a Vaadin view). */
    private void firstResponses(String baseUrl, List<Row> rows) throws Exception {
        report.add("| address | status | text in the first response | session cookie | bytes (gzip / plain) |");
        report.add("|---|---|---|---|---|");
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            for (Row row : rows) {
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + row.path()))
                        .header("Accept-Encoding", "gzip").header("Accept-Language", "da").build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                byte[] body = response.body();
                boolean gzip = response.headers().firstValue("Content-Encoding").orElse("").equals("gzip");
                byte[] plain = gzip ? new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes() : body;
                boolean hasText = LoadRun.readable(new String(plain, StandardCharsets.UTF_8)).contains(row.text());
                report.add("| `" + shorten(row.path()) + "` | " + response.statusCode() + " | "
                        + (hasText ? "yes (server-rendered)" : "no (a Vaadin view?)") + " | "
                        + (response.headers().firstValue("Set-Cookie").isPresent() ? "set" : "none") + " | "
                        + ReaderBrowser.kb(body.length) + " / " + ReaderBrowser.kb(plain.length) + " |");
            }
        }
        report.add("");
    }

    private void timings(PortalProcess portal, ReaderBrowser browser, List<Row> rows, String editor)
            throws InterruptedException, IOException {
        report.add("Time until the text is visible, p50 / p95 ms (in brackets the p50 of the document's first byte and"
                + " of the first contentful paint); the goal is that"
                + " of issue 10's table, for the first visit in the first row and for the repeated visit elsewhere.");
        report.add("");
        report.add("| what a reader does | first visit (empty cache) | again, assets cached (full load) | goal |"
                + " other builds (start, end) |");
        report.add("|---|---|---|---|---|");
        long sessionsBeforeReaders = portal.sessions();
        for (Row row : rows) {
            long others = quiet();
            browser.firstVisits(row.path(), row.text(), 2);
            var first = browser.firstVisits(row.path(), row.text(), runs);
            var again = browser.repeatedVisits(row.path(), row.text(), runs, false);
            report.add("| " + row.what() + " | " + figure(first) + " | " + figure(again) + " | " + row.goal() + " | "
                    + others + ", " + otherBuilds() + " |");
        }
        // Readers in a real browser run the pages' scripts too (the header search): still no session.
        long sessionsAfterReaders = portal.sessions();
        long others = quiet();
        var editing = browser.repeatedVisits(editor, ReaderData.PAGE_50KB_TEXT, runs, true);
        report.add("| open the editor of the 50 KB page, signed in | — | " + figure(editing) + " | ≤ 120 | " + others
                + ", " + otherBuilds() + " |");
        others = quiet();
        var signedIn = browser.repeatedVisits("/" + WikiRoutes.page(ReaderData.PAGE_50KB),
                ReaderData.PAGE_50KB_TEXT, runs, true);
        report.add("| open the 50 KB page, signed in (Vaadin) | — | " + figure(signedIn) + " | — | " + others + ", "
                + otherBuilds() + " |");
        report.add("");
        report.add(String.format(Locale.ROOT, "HTTP sessions while the %d anonymous browser visits above ran: %d → %d.",
                rows.size() * 2 * (runs + 2), sessionsBeforeReaders, sessionsAfterReaders));
        report.add("");
    }

    private void transfers(ReaderBrowser browser, List<Row> rows) {
        report.add("| first visit (until the network is idle) | requests | transferred | decoded | largest responses |"
                + " goal |");
        report.add("|---|---|---|---|---|---|");
        for (Row row : rows) {
            var transfer = browser.firstVisitTransfer(row.path(), row.text());
            report.add("| " + row.what() + " | " + transfer.requests() + " | " + ReaderBrowser.kb(transfer.transferred())
                    + " | " + ReaderBrowser.kb(transfer.decoded()) + " | " + String.join("; ", transfer.largest())
                    + " | " + (row.goalIsFirstVisit() ? "≤ 10 requests, ≤ 150 KB" : "—") + " |");
        }
        report.add("");
    }

    private void load(PortalProcess portal, List<LoadRun.Target> targets, String what) throws Exception {
        long heapBefore = portal.liveHeap();
        long sessionsBefore = portal.sessions();
        long rssBefore = portal.residentMemory();
        long othersBefore = quiet();
        var result = LoadRun.run(portal.baseUrl(), targets, READERS, LOAD_TIME);
        long othersAfter = otherBuilds();
        long heapRightAfter = portal.heapInUse();
        long heapAfter = portal.liveHeap();
        report.add(String.format(Locale.ROOT, "Load run, %s: %d readers, %d s, a new client per view: **%.1f views/s**"
                        + " (goal ≥ 90), p50 / p95 %.1f / %.1f ms, %d views, %d errors%s, %d responses setting a cookie."
                        + " Heap after GC %s → %s (in use right after the run %s), HTTP sessions %d → %d, resident"
                        + " memory %s → %s. Other Maven and Surefire processes before and after: %d, %d.",
                what, READERS, LOAD_TIME.toSeconds(), result.viewsPerSecond(), result.percentileMs(0.50),
                result.percentileMs(0.95), result.views(), result.errors(),
                result.errors() > 0 ? " (first: " + result.firstError() + ")" : "", result.cookies(),
                mb(heapBefore), mb(heapAfter), mb(heapRightAfter), sessionsBefore, portal.sessions(), mb(rssBefore),
                mb(portal.residentMemory()), othersBefore, othersAfter));
        report.add("");
    }

    /** Heap per signed-in Vaadin session: live heap before and after that many people signed in and read a page. */
    private void sessionHeap(PortalProcess portal, ReaderBrowser browser, String page) throws Exception {
        int people = Integer.parseInt(setting("BENCH_SESSIONS", "30"));
        browser.signedInVisitor(page).context().close();
        long heapBefore = portal.liveHeap();
        long sessionsBefore = portal.sessions();
        List<Page> open = new ArrayList<>();
        try {
            for (int i = 0; i < people; i++) {
                open.add(browser.signedInVisitor(page));
            }
            long heapAfter = portal.liveHeap();
            long opened = portal.sessions() - sessionsBefore;
            report.add(String.format(Locale.ROOT, "Heap per signed-in Vaadin session (signed in, the 50 KB page open"
                            + " in the browser): **%.0f KB** (%d more sessions: live heap %s → %s).",
                    opened > 0 ? (heapAfter - heapBefore) / 1024.0 / opened : Double.NaN, opened, mb(heapBefore),
                    mb(heapAfter)));
        } finally {
            open.forEach(visitor -> visitor.context().close());
        }
    }

    private String figure(List<ReaderBrowser.Visit> visits) {
        double[] visible = visits.stream().mapToDouble(ReaderBrowser.Visit::textVisible).toArray();
        double[] firstByte = visits.stream().mapToDouble(ReaderBrowser.Visit::firstByte).toArray();
        double[] firstPaint = visits.stream().mapToDouble(ReaderBrowser.Visit::firstPaint).toArray();
        return String.format(Locale.ROOT, "%.0f / %.0f (%.0f, %.0f)", Quantiles.of(visible, 0.50),
                Quantiles.of(visible, 0.95), Quantiles.of(firstByte, 0.50), Quantiles.of(firstPaint, 0.50));
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1024.0 / 1024.0);
    }

    private static String shorten(String path) {
        return path.length() > 70 ? path.substring(0, 67) + "…" : path;
    }

    private static String setting(String name, String otherwise) {
        return Optional.ofNullable(System.getenv(name)).or(() -> Optional.ofNullable(System.getProperty(name)))
                .orElse(otherwise);
    }

    private static Path newestJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("innovationsportal-.*\\.jar"))
                    .max(Comparator.comparing(file -> file.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("No target/innovationsportal-*.jar: build it with"
                            + " ./mvnw package -DskipTests, or run bash bench/reader-bench.sh"));
        }
    }

    private static String cpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .findFirst().map(line -> line.replaceFirst("model name\\s*:\\s*", "")).orElse("CPU unknown");
    }

    private static String memTotal() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
                .findFirst().map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024 + " GiB RAM")
                .orElse("memory unknown");
    }

    /** Other builds now, after waiting for none when {@code BENCH_WAIT_QUIET} is set. */
    private long quiet() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (waitForQuiet && otherBuilds() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5_000);
        }
        return otherBuilds();
    }

    /** Maven and Surefire processes on the machine other than the one running this harness and its parents. */
    private static long otherBuilds() {
        List<Long> ours = new ArrayList<>();
        for (var process = Optional.of(ProcessHandle.current()); process.isPresent();
             process = process.get().parent()) {
            ours.add(process.get().pid());
        }
        return ProcessHandle.allProcesses().filter(process -> !ours.contains(process.pid()))
                .filter(process -> process.info().commandLine()
                        .filter(line -> line.contains("surefire") || line.contains("maven")).isPresent())
                .count();
    }

    /** The load averages over 1, 5 and 15 minutes. */
    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return String.join(" ", fields[0], fields[1], fields[2]);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
        }
    }
}
