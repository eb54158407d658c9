package dk.coi.portal.wiki;

import java.time.Duration;
import java.time.Instant;

/**
 * Which edits the list of recent changes shows: the last {@code days} days (at most a year) or the latest ones
 * whenever they were made, optionally without minor edits, only one person's, only pages in one category, or only
 * edits nobody has patrolled yet.
 */
public record RecentChangesQuery(int days, boolean includeMinor, Long personId, String category,
                                 boolean onlyUnpatrolled, int limit) {

    private static final int ANY_TIME = 0;
    private static final int LONGEST_PERIOD_DAYS = 365;

    public static RecentChangesQuery lastDays(int days, int limit) {
        return new RecentChangesQuery(Math.max(1, days), true, null, null, false, limit);
    }

    /** The same changes whenever they were made, the latest {@code count} of them. */
    public RecentChangesQuery latest(int count) {
        return new RecentChangesQuery(ANY_TIME, includeMinor, personId, category, onlyUnpatrolled, count);
    }

    /** The earliest time the query reaches back to. */
    public Instant since(Instant now) {
        return days == ANY_TIME ? Instant.EPOCH : now.minus(Duration.ofDays(Math.min(days, LONGEST_PERIOD_DAYS)));
    }

    /** How many changes to read, within what one screen shows. */
    public int boundedLimit() {
        return Math.max(1, Math.min(limit, 500));
    }

    public RecentChangesQuery withoutMinor() {
        return new RecentChangesQuery(days, false, personId, category, onlyUnpatrolled, limit);
    }

    public RecentChangesQuery by(Long person) {
        return new RecentChangesQuery(days, includeMinor, person, category, onlyUnpatrolled, limit);
    }

    public RecentChangesQuery inCategory(String name) {
        return new RecentChangesQuery(days, includeMinor, personId, name, onlyUnpatrolled, limit);
    }

    public RecentChangesQuery unpatrolled() {
        return new RecentChangesQuery(days, includeMinor, personId, category, true, limit);
    }
}
