package dk.coi.portal.ideastorm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much happened in a storm on each day (in Danish time) of its active days, from its first phase's start to its
 * end, the publication of its results or today, whichever is first: one series of counts per kind of contribution,
 * each as long as {@code days}. Votes are left out where the storm hides counts.
 */
public record Participation(List<LocalDate> days, List<Series> series) {

    /** From how many days in a row without anything on, the table shows them as one line. */
    public static final int QUIET_RUN = 3;

    public Participation {
        days = List.copyOf(days);
        series = List.copyOf(series);
    }

    /**
     * The table's lines: a line per day, but {@link #QUIET_RUN} or more days in a row on which nothing happened as
     * one line from the first to the last of them, so that a phone shows the active days rather than weeks of zeros.
     */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        int day = 0;
        while (day < days.size()) {
            int end = day;
            while (end < days.size() && quiet(end)) {
                end++;
            }
            if (end - day >= QUIET_RUN) {
                lines.add(new Line(days.get(day), days.get(end - 1), series.stream().map(kind -> 0L).toList()));
                day = end;
            } else {
                int index = day;
                lines.add(new Line(days.get(day), days.get(day), series.stream()
                        .map(kind -> kind.counts().get(index)).toList()));
                day++;
            }
        }
        return lines;
    }

    private boolean quiet(int day) {
        return series.stream().allMatch(kind -> kind.counts().get(day) == 0);
    }

    /** A line of the table: one day ({@code from} = {@code to}) or quiet days, with a count per series. */
    public record Line(LocalDate from, LocalDate to, List<Long> counts) {

        public Line {
            counts = List.copyOf(counts);
        }

        public boolean quiet() {
            return !from.equals(to);
        }
    }

    /** What a series counts, in the order they are shown; its name is a translation. */
    public enum Kind {
        IDEAS, VOTES, COMMENTS;

        /** The name exports use ({@code ideas}, {@code votes}, {@code comments}). */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String labelKey() {
            return "ideastorm.results.series." + id();
        }
    }

    /** A day's counts of one kind, in the order of {@link #days}. */
    public record Series(Kind kind, List<Long> counts) {

        public Series {
            counts = List.copyOf(counts);
        }

        public long total() {
            return counts.stream().mapToLong(Long::longValue).sum();
        }
    }
}
