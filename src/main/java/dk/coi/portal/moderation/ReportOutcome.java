package dk.coi.portal.moderation;

/** What became of a report: received and waiting for staff, or the last one needed to hide the content at once. */
public enum ReportOutcome {
    RECEIVED, HIDDEN;

    /** Translation key of what the reporter is told. */
    public String doneKey() {
        return this == HIDDEN ? "moderation.report.done-hidden" : "moderation.report.done";
    }
}
