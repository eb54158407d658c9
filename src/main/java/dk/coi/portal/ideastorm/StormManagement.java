package dk.coi.portal.ideastorm;

import java.util.List;

/**
 * A storm as staff run it: its details (the description as Markdown source), the version of its texts an edit
 * starts from, its phase log, oldest first, and its settings.
 */
public record StormManagement(StormDetails storm, long textsVersion, List<PhaseLogLine> log, StormSettings settings) {

    /** The storm page's address. */
    public String path() {
        return StormRoutes.storm(storm.id(), storm.title());
    }

    /** The staff screen's address. */
    public String managementPath() {
        return StormRoutes.management(storm.id(), storm.title());
    }
}
