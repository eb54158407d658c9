package dk.coi.portal.moderation;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.shared.Subject;
import java.util.Objects;
import java.util.Set;

/**
 * Published in the transaction of every moderation decision, for modules that react to it (e.g. telling the
 * author that their content was hidden): the content, the kind of decision, who decided ({@code personId} null: the
 * portal), the decision's line in the moderation log ({@code decisionId}), who wrote the content ({@code author}, null
 * when not known, gone or erased) and who had reported it (the people whose open reports this decision closed; none
 * when the portal hid it after reports, whose reports stay open for staff).
 */
public record ContentModerated(Subject subject, ModerationAction action, Long personId, long decisionId,
                               PersonId author, Set<PersonId> reporters) {

    public ContentModerated {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(action, "action");
        reporters = reporters == null ? Set.of() : Set.copyOf(reporters);
    }
}
