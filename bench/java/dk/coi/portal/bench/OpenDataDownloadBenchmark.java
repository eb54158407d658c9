package dk.coi.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.CaseCatalogue;
import dk.coi.portal.landscape.CaseHits;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseSearch;
import dk.coi.portal.search.SearchIndexService;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The heap a download of 10 000 cases holds: the JVM's used heap after a full collection, before, while all 10 000
 * cards of one search are held (as the downloads did before they were streamed), and in the middle of a streamed
 * download of the same search (the client stops reading half way, so the server is at work on it). Not part of the
 * test suite: {@code ./mvnw -o -B -Pbench test -Dvaadin.skip -Dbench.test=OpenDataDownloadBenchmark}; writes
 * {@code target/bench/opendata-download.md}.
 */
@PortalTest
@TestPropertySource(properties = {"logging.level.dk.coi.portal=warn", "portal.data-dir=target/bench-opendata",
        "portal.opendata.download-chunk=" + OpenDataDownloadBenchmark.CHUNK})
class OpenDataDownloadBenchmark {

    private static final int CASES = 10_000;
    /** As {@code portal.opendata.download-chunk} is in production. */
    static final int CHUNK = 500;

    @Autowired
    CaseCatalogue catalogue;
    @Autowired
    SearchIndexService searchIndex;
    @Autowired
    SignedIn signedIn;
    @Autowired
    DataSource dataSource;
    @LocalServerPort
    int port;

    @Test
    void aDownloadOfTenThousandCasesHoldsAChunk() throws Exception {
        long owner = signedIn.newPerson("Bente Benchmark", Role.ADMIN);
        await().pollInSameThread().atMost(Duration.ofMinutes(2)).until(() -> searchIndex.currentRebuild().isEmpty());
        // The demo's published cases and as many more as make the most a download holds.
        int demo = new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from landscape_case where status = 'PUBLISHED'", Integer.class);
        LandscapeData.insert(dataSource, CASES - demo, owner, 1_000);
        searchIndex.rebuild(progress -> { }).get(10, TimeUnit.MINUTES);
        signedIn.anonymous();
        List<String> report = new ArrayList<>();

        long before = usedHeap();
        long started = System.nanoTime();
        CaseHits all = catalogue.hits(CaseSearch.ALL, 0, CASES);
        String read = seconds(started);
        long holdingAll = usedHeap();
        report.add("All " + all.cards().size() + " cards of the search read at once (the downloads before) in " + read
                + " s and held: " + megabytes(holdingAll - before) + " MB more than before (" + megabytes(before)
                + " MB)" + load());
        all = null;

        started = System.nanoTime();
        List<CaseId> ids = catalogue.hitIds(CaseSearch.ALL, CASES).ids();
        String numbers = seconds(started);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            catalogue.publishedCards(ids.subList(from, Math.min(from + CHUNK, ids.size())));
        }
        report.add("The search's numbers in " + numbers + " s, then its cards " + CHUNK + " at a time, all of them in "
                + seconds(started) + " s (no file written)" + load());

        long idle = usedHeap();
        HttpClient client = HttpClient.newHttpClient();
        for (String file : List.of("cases.json", "cases.csv")) {
            started = System.nanoTime();
            HttpResponse<InputStream> download = client.send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + port + "/api/v1/" + file)).build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(download.statusCode()).isEqualTo(200);
            try (InputStream body = download.body()) {
                long bytes = body.readNBytes(4 * 1024 * 1024).length;
                long midway = usedHeap();
                bytes += body.transferTo(OutputStream.nullOutputStream());
                report.add(file + ": " + megabytes(bytes) + " MB in " + seconds(started) + " s; heap in its middle (4 MB read): "
                        + megabytes(midway - idle) + " MB more than before it (" + megabytes(idle) + " MB)" + load());
            }
        }
        Path out = Path.of("target/bench/opendata-download.md");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String seconds(long startedNanos) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startedNanos) / 1e9);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
    }

    private static String load() {
        try {
            return " (load " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + ")";
        } catch (IOException unreadable) {
            return "";
        }
    }
}
