package dk.coi.portal.wiki;

import java.time.Instant;

/** What recent changes lists, newest first: edits and, between them, the log's moves, protections and deletions. */
public sealed interface RecentActivity permits RecentChange, WikiLogLine {

    Instant time();
}
