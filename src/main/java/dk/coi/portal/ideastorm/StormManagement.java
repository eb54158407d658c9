package dk.coi.portal.ideastorm;

import java.util.List;

/**
 * A storm as staff run it: its details (the description as Markdown source), the version of its texts an edit
 * starts from, its phase log, oldest first, its settings, and its results' publication: who published them (null
 * before, or once they erased themselves) and whether they may be published now.
 */
public record StormManagement(StormDetails storm, long textsVersion, List<PhaseLogLine> log, StormSettings settings,
                              String resultsPublishedBy, boolean mayPublishResults) {

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
