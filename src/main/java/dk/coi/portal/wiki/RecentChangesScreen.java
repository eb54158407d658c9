package dk.coi.portal.wiki;

import java.util.List;
import java.util.Map;

/**
 * Everything the recent changes screen shows, read in one transaction: the edits and log lines of the period,
 * newest first, or, when the period has none ({@code latestInstead}), the latest {@link #LATEST} whenever they
 * were made, so a fresh install does not greet anyone with an empty list; the people who acted in that time, for
 * the person filter; and whether the reader may mark edits patrolled.
 */
public record RecentChangesScreen(List<RecentActivity> activity, boolean latestInstead, Map<Long, String> people,
                                  boolean mayPatrol) {

    public static final int LATEST = 50;
}
