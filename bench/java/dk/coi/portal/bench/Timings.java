package dk.coi.portal.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The rows of a harness's Markdown table of timings, and the warmed-up timing of a call. */
final class Timings {

    private final List<String> report = new ArrayList<>();

    Timings() {
        header();
    }

    private Timings(boolean table) {
        if (table) {
            header();
        }
    }

    /** A report that begins with text; {@link #header()} starts each table. */
    static Timings beginningWithText() {
        return new Timings(false);
    }

    /** Starts a table (again, after lines of text: set apart by a blank line). */
    void header() {
        if (!report.isEmpty() && !report.getLast().isEmpty()) {
            report.add("");
        }
        report.add("| measurement | n | p50 ms | p95 ms | p99 ms | max ms | target |");
        report.add("|---|---|---|---|---|---|---|");
    }

    /** Warms up, then times {@code count} calls; returns each call's nanoseconds. */
    static long[] measure(int count, Supplier<?> call) {
        for (int i = 0; i < 30; i++) {
            call.get();
        }
        long[] times = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            call.get();
            times[i] = System.nanoTime() - start;
        }
        return times;
    }

    void line(String what, long[] nanos, String target) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        report.add(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %s |", what, sorted.length,
                Quantiles.ms(sorted, 0.50), Quantiles.ms(sorted, 0.95), Quantiles.ms(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6, target));
    }

    /** A line of text under the table (a blank string for a paragraph break). */
    void add(String text) {
        report.add(text);
    }

    List<String> lines() {
        return report;
    }
}
