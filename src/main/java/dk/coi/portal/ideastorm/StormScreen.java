package dk.coi.portal.ideastorm;

import dk.coi.portal.shared.SafeHtml;

/**
 * A storm as its page shows it, to readers and signed-in people alike: its details and its rendered description;
 * {@code mayManage}: the person may run the storm (its staff screen).
 */
public record StormScreen(StormDetails storm, SafeHtml description, boolean mayManage) {

    /** The storm page's address. */
    public String path() {
        return StormRoutes.storm(storm.id(), storm.title());
    }

    /** The storm's results page, which the storm page links to once they are published. */
    public String resultsPath() {
        return StormRoutes.results(storm.id(), storm.title());
    }

    /** The storm's staff screen. */
    public String managementPath() {
        return StormRoutes.management(storm.id(), storm.title());
    }

    /** The storm's evaluation screen for staff. */
    public String evaluationPath() {
        return StormRoutes.evaluation(storm.id(), storm.title());
    }

    /** The phase the storm is in, for "current" marks; none once the storm has concluded. */
    public boolean isCurrent(Phase phase) {
        return storm.stage() == StormStage.OPEN && storm.currentPhase().position() == phase.position();
    }
}
