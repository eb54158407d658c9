package dk.coi.portal.landscape.internal;

import dk.coi.portal.identity.PersonService;
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
        return CasePolicy.viewer(found, people.currentPerson(), editors::existsByCaseIdAndPersonId);
    }
}
