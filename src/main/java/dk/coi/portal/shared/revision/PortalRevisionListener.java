package dk.coi.portal.shared.revision;

import dk.coi.portal.shared.CurrentActor;
import org.hibernate.envers.RevisionListener;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Names whoever makes an audited change: the signed-in person or the system identity. A change with neither is
 * refused, so no revision is ever anonymous. Hibernate creates this listener through Spring, which injects the
 * actor.
 */
class PortalRevisionListener implements RevisionListener {

    private final ObjectProvider<CurrentActor> actor;

    PortalRevisionListener(ObjectProvider<CurrentActor> actor) {
        this.actor = actor;
    }

    @Override
    public void newRevision(Object revision) {
        CurrentActor current = actor.getObject();
        Long personId = current.personId().orElse(null);
        if (personId == null && !current.isSystem()) {
            throw new IllegalStateException("An audited change needs a signed-in person or the system identity");
        }
        ((PortalRevision) revision).madeBy(personId, personId == null);
    }
}
