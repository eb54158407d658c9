package dk.coi.portal.ideastorm;

import dk.coi.portal.shared.SafeHtml;

/** A storm as its page shows it, to readers and signed-in people alike: its details and its rendered description. */
public record StormScreen(StormDetails storm, SafeHtml description) {

    /** The storm page's address. */
    public String path() {
        return StormRoutes.storm(storm.id(), storm.title());
    }

    /** The phase's place in the storm's order, for "current" marks. */
    public boolean isCurrent(Phase phase) {
        return storm.currentPhase() != null && storm.currentPhase().position() == phase.position();
    }
}
