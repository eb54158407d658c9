package dk.coi.portal.ideastorm;

import dk.coi.portal.identity.PersonId;
import java.time.Instant;

/**
 * Staff carried a selected idea on ({@code by}, {@code at}), with the follow-up note saying how; published in the
 * transaction of the change, handed to other modules after its commit (the landscape offers a case draft from it).
 */
public record IdeaCarriedOn(IdeaId idea, StormId storm, String title, String followUpNote, PersonId by,
                            Instant at) {
}
