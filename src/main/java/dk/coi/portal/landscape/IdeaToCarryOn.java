package dk.coi.portal.landscape;

import dk.coi.portal.ideastorm.IdeaId;
import java.time.Instant;

/**
 * An idea carried on in an idea storm that no case has been made from yet, as staff's list shows it: its title, its
 * storm's title, the idea's page ({@code ideaPath}, without the leading slash) and when it was carried on.
 */
public record IdeaToCarryOn(IdeaId idea, String title, String stormTitle, String ideaPath, Instant carriedOnAt) {
}
