package dk.coi.portal.ideastorm;

import java.util.List;

/**
 * A storm as staff run it: its details (the description as Markdown source), the version of its texts an edit
 * starts from, and its phase log, oldest first.
 */
public record StormManagement(StormDetails storm, long textsVersion, List<PhaseLogLine> log) {

    /** The storm's evaluation screen. */
    public String evaluationPath() {
        return StormRoutes.evaluation(storm.id(), storm.title());
    }

    /** The storm page's address. */
    public String path() {
        return StormRoutes.storm(storm.id(), storm.title());
    }

    /** The staff screen's address. */
    public String managementPath() {
        return StormRoutes.management(storm.id(), storm.title());
    }
}
