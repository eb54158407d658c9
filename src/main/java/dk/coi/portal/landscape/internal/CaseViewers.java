package dk.coi.portal.landscape.internal;

import dk.coi.portal.identity.CurrentPerson;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Who reads a case, for {@link CasePolicy}: signed in or not, one of its editors (owner, co-editor), staff. */
@Component
public class CaseViewers {

    private final PersonService people;
    private final CaseEditorRepository editors;

    CaseViewers(PersonService people, CaseEditorRepository editors) {
        this.people = people;
        this.editors = editors;
    }

    public CasePolicy.Viewer of(LandscapeCase found) {
        Optional<CurrentPerson> person = people.currentPerson();
        if (person.isEmpty()) {
            return CasePolicy.Viewer.ANONYMOUS;
        }
        long me = person.get().id();
        boolean editor = found.getId() != null && (found.getOwnerId() == me
                || editors.existsByCaseIdAndPersonId(found.getId(), me));
        return new CasePolicy.Viewer(true, editor, person.get().has(Role.COI_STAFF));
    }
}
