package dk.coi.portal.moderation;

import java.time.Instant;

/** One open report in the staff queue; {@code reporter} is null once the person has been erased. */
public record ReportLine(long id, String reporter, ReportCategory category, String reason, Instant time) {
}
