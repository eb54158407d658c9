package dk.coi.portal.ideastorm;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * How much happened in a storm on each day (in Danish time) from its start to its end or today: one series of
 * counts per kind of contribution, each as long as {@code days}. Votes are left out where the storm hides counts.
 */
public record Participation(List<LocalDate> days, List<Series> series) {

    public Participation {
        days = List.copyOf(days);
        series = List.copyOf(series);
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
