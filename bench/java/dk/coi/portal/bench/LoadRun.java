package dk.coi.portal.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Readers over plain HTTP on loopback: each reader fetches page after page for a fixed time, every view with a
 * new client (a new connection, no cookies), asking for gzip as browsers do. A view counts as an error unless it
 * answers 200 with the page's known text in the body (tags left out); a view that sets a cookie is counted too
 * (a reader should get no session). The run is bounded by its duration; each request by a 10-second timeout.
 */
final class LoadRun {

    /** One page a reader fetches and the text its body must hold. */
    record Target(String path, String text) {
    }

    record Result(long views, double seconds, long[] sortedNanos, long errors, long cookies, String firstError) {

        double viewsPerSecond() {
            return views / seconds;
        }

        double percentileMs(double quantile) {
            return Quantiles.ms(sortedNanos, quantile);
        }
    }

    private LoadRun() {
    }

    /** {@code readers} readers for {@code duration}, each going round {@code targets} from a different start. */
    static Result run(String baseUrl, List<Target> targets, int readers, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        List<Callable<Reader>> work = new ArrayList<>();
        long deadline = System.nanoTime() + duration.toNanos();
        for (int r = 0; r < readers; r++) {
            int first = r;
            work.add(() -> new Reader(baseUrl, targets, first).readUntil(deadline));
        }
        long started = System.nanoTime();
        List<Reader> done = new ArrayList<>();
        for (Future<Reader> reader : pool.invokeAll(work)) {
            done.add(reader.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] nanos = done.stream().flatMapToLong(reader -> Arrays.stream(reader.nanos, 0, reader.views)).sorted()
                .toArray();
        return new Result(nanos.length, seconds, nanos, done.stream().mapToLong(reader -> reader.errors).sum(),
                done.stream().mapToLong(reader -> reader.cookies).sum(),
                done.stream().map(reader -> reader.firstError).filter(error -> error != null).findFirst().orElse(""));
    }

    /** The text of an HTML page as a reader sees it, near enough: without its tags (a diff marks changed words). */
    static String readable(String html) {
        return TAG.matcher(html).replaceAll("");
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private static final class Reader {
        private final String baseUrl;
        private final List<Target> targets;
        private int next;
        private long[] nanos = new long[1024];
        private int views;
        private long errors;
        private long cookies;
        private String firstError;

        Reader(String baseUrl, List<Target> targets, int first) {
            this.baseUrl = baseUrl;
            this.targets = targets;
            this.next = first;
        }

        Reader readUntil(long deadline) {
            while (System.nanoTime() < deadline) {
                Target target = targets.get(next++ % targets.size());
                long start = System.nanoTime();
                try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build()) {
                    HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl
                                    + target.path())).timeout(Duration.ofSeconds(10))
                            .header("Accept", "text/html,application/xhtml+xml")
                            .header("Accept-Encoding", "gzip")
                            .header("Accept-Language", "da-DK,da;q=0.9")
                            .build(), HttpResponse.BodyHandlers.ofByteArray());
                    long took = System.nanoTime() - start;
                    if (response.headers().firstValue("Set-Cookie").isPresent()) {
                        cookies++;
                    }
                    String body = text(response);
                    if (response.statusCode() != 200 || !readable(body).contains(target.text())) {
                        error(target.path() + " answered " + response.statusCode()
                                + (response.statusCode() == 200 ? " without \"" + target.text() + "\"" : ""));
                        continue;
                    }
                    if (views == nanos.length) {
                        nanos = Arrays.copyOf(nanos, views * 2);
                    }
                    nanos[views++] = took;
                } catch (IOException failed) {
                    error(target.path() + ": " + failed);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return this;
                }
            }
            return this;
        }

        private void error(String what) {
            errors++;
            if (firstError == null) {
                firstError = what;
            }
        }

        private static String text(HttpResponse<byte[]> response) throws IOException {
            byte[] body = response.body();
            if (response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
                try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(body))) {
                    body = unzipped.readAllBytes();
                }
            }
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
