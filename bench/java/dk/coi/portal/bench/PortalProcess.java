package dk.coi.portal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The production jar under the {@code prod} profile as a process of its own, against an external MariaDB, on
 * loopback ports; with the figures the benchmark reads from it: live heap after a full GC (jcmd), open HTTP
 * sessions (Tomcat's metric on the management port) and resident memory.
 */
final class PortalProcess implements AutoCloseable {

    private static final Pattern SESSIONS = Pattern.compile("(?m)^tomcat_sessions_active_current_sessions\\S* (\\S+)$");
    private static final Pattern HEAP_USED = Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} (\\S+)$");
    private static final Pattern RSS = Pattern.compile("(?m)^VmRSS:\\s+(\\d+) kB$");

    private final Process process;
    private final Path log;
    private final int port;
    private final int managementPort;
    private final HttpClient http = HttpClient.newHttpClient();

    private PortalProcess(Process process, Path log, int port, int managementPort) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.managementPort = managementPort;
    }

    /** Starts the jar and waits until {@code /readyz} says UP. */
    static PortalProcess start(Path jar, List<String> javaOptions, Map<String, String> environment, int port,
                               Path dataDir, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().putAll(Map.of("SPRING_PROFILES_ACTIVE", "prod", "PORT", String.valueOf(port),
                "MANAGEMENT_PORT", String.valueOf(port + 1), "PORTAL_DATA_DIR", dataDir.toString(),
                // Plain HTTP on loopback: a Secure session cookie would never come back.
                "PORTAL_SECURE_COOKIES", "false", "PORTAL_BASE_URL", "http://localhost:" + port));
        Process process = builder.start();
        // A harness stopped half-way (Ctrl-C, a killed Maven) must not leave the portal running on its port.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        var portal = new PortalProcess(process, log, port, port + 1);
        portal.awaitReady();
        return portal;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal stopped during start-up; see " + log);
            }
            try {
                var ready = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/readyz"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && ready.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The portal was not ready within 5 minutes; see " + log);
    }

    /** Waits until the log says the search index was rebuilt (the start-up check's message) and returns that line. */
    String awaitLogLine(String contains, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : Files.readAllLines(log)) {
                if (line.contains(contains)) {
                    return line;
                }
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("No \"" + contains + "\" in " + log + " within " + timeout);
    }

    /** Live heap in bytes: the heap in use after two full collections. */
    long liveHeap() throws IOException, InterruptedException {
        for (int i = 0; i < 2; i++) {
            // jcmd returns once the collection has run.
            run(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid()), "GC.run");
        }
        return heapInUse();
    }

    /** Heap in use now, garbage included (the sum of the heap pools Micrometer reports). */
    long heapInUse() throws IOException, InterruptedException {
        Matcher used = HEAP_USED.matcher(metrics());
        double sum = 0;
        while (used.find()) {
            sum += Double.parseDouble(used.group(1));
        }
        return (long) sum;
    }

    /** Open HTTP sessions, from Tomcat's session manager. */
    long sessions() throws IOException, InterruptedException {
        Matcher sessions = SESSIONS.matcher(metrics());
        return sessions.find() ? (long) Double.parseDouble(sessions.group(1)) : -1;
    }

    /** The process's resident memory in bytes. */
    long residentMemory() throws IOException {
        Matcher rss = RSS.matcher(Files.readString(Path.of("/proc", String.valueOf(pid()), "status")));
        return rss.find() ? Long.parseLong(rss.group(1)) * 1024 : -1;
    }

    private String metrics() throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort
                + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    @Override
    public void close() throws InterruptedException {
        http.close();
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
