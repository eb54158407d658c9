package dk.coi.portal.ideastorm;

import java.util.List;

/**
 * A storm as staff run it: its details (the description as Markdown source), the version of its texts an edit
 * starts from, the version of how it runs a change of its settings, phase times or switches starts from, its phase log, oldest first, its settings, and its results' publication: who published them (null
 * before, or once they erased themselves), whether they may be published now and how many ideas still lack their
 * public answer (staff are warned before publishing without them). {@code deletable}: the storm has no participation
 * yet (no ideas, so no votes or comments either), so staff may delete it. {@code textsChange} and
 * {@code settingsChange}: who last saved the texts, and how the storm runs.
 */
public record StormManagement(StormDetails storm, long textsVersion, long settingsVersion, List<PhaseLogLine> log, StormSettings settings,
                              String resultsPublishedBy, boolean mayPublishResults, long unansweredIdeas,
                              boolean deletable, LastChange textsChange, LastChange settingsChange) {

    /**
     * Who last saved (null: they have erased themselves) and when; the record itself null before the first save. Said
     * to a staff member whose save is refused because of it.
     */
    public record LastChange(String by, java.time.Instant at) {
    }

    /** The storm's evaluation screen. */
    public String evaluationPath() {
        return StormRoutes.evaluation(storm.id(), storm.title());
    }

    /** The storm page's address. */
    public String path() {
        return StormRoutes.storm(storm.id(), storm.title());
    }

    /** The storm's results page (a preview until they are published). */
    public String resultsPath() {
        return StormRoutes.results(storm.id(), storm.title());
    }

    /** The staff screen's address. */
    public String managementPath() {
        return StormRoutes.management(storm.id(), storm.title());
    }
}
