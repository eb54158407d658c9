package dk.coi.portal.wiki;

/**
 * Which edits the list of recent changes shows: the last {@code days} days, optionally without minor edits,
 * only one person's, only pages in one category, or only edits nobody has patrolled yet.
 */
public record RecentChangesQuery(int days, boolean includeMinor, Long personId, String category,
                                 boolean onlyUnpatrolled, int limit) {

    public static RecentChangesQuery lastDays(int days, int limit) {
        return new RecentChangesQuery(days, true, null, null, false, limit);
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
