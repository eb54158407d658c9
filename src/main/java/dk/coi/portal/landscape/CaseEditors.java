package dk.coi.portal.landscape;

import dk.coi.portal.identity.Author;
import dk.coi.portal.identity.CurrentPerson;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.PublicEmployees;
import dk.coi.portal.landscape.internal.CaseEditor;
import dk.coi.portal.landscape.internal.CaseEditorRepository;
import dk.coi.portal.landscape.internal.CasePolicy;
import dk.coi.portal.landscape.internal.CaseRepository;
import dk.coi.portal.landscape.internal.LandscapeCase;
import dk.coi.portal.shared.InvalidInputException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's co-editors: public employees its owner or staff let edit it beside the owner. The owner and staff add
 * and remove them (each told by a personal notice, {@link CaseEditorsChanged}); its editors see who they are.
 * Names and workplaces only: no e-mail address is shown. Refusals are {@link InvalidInputException}s with a
 * translation key, nothing stored.
 */
@Service
public class CaseEditors {

    private final CaseRepository cases;
    private final CaseEditorRepository editors;
    private final PersonService people;
    private final PublicEmployees employees;
    private final ApplicationEventPublisher events;

    CaseEditors(CaseRepository cases, CaseEditorRepository editors, PersonService people, PublicEmployees employees,
                ApplicationEventPublisher events) {
        this.cases = cases;
        this.editors = editors;
        this.people = people;
        this.employees = employees;
        this.events = events;
    }

    /** The case's co-editors by name, and whether the person may choose them; empty to all but editors and staff. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<CaseEditorList> list(CaseId id) {
        Optional<CurrentPerson> person = people.currentPerson();
        return cases.findById(id.value())
                .filter(kase -> CasePolicy.viewer(kase, person, editors::existsByCaseIdAndPersonId).mayEdit())
                .map(kase -> new CaseEditorList(coEditors(kase), CasePolicy.mayChooseEditors(kase, person)));
    }

    /**
     * Public employees whose name has every word of {@code words}, who could be made co-editors (not the owner, not
     * one already); for the owner and staff only.
     */
    @PreAuthorize("hasRole('EMPLOYEE')")
    @Transactional(readOnly = true)
    public List<Author> candidates(CaseId id, String words) {
        LandscapeCase kase = chooser(cases.findById(id.value()));
        Set<Long> taken = editors.findByCaseId(kase.getId()).stream().map(CaseEditor::getPersonId)
                .collect(Collectors.toSet());
        taken.add(kase.getOwnerId());
        return employees.search(words).stream().filter(found -> !taken.contains(found.personId())).toList();
    }

    /** The owner or staff make a public employee a co-editor; the person is told. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void add(CaseId id, PersonId person) {
        LandscapeCase kase = chooser(cases.findForChange(id.value()));
        if (!employees.isPublicEmployee(person)) {
            throw refused("landscape.case.editor.not-employee");
        }
        if (kase.getOwnerId() == person.value()) {
            throw refused("landscape.case.editor.is-owner");
        }
        if (editors.existsByCaseIdAndPersonId(kase.getId(), person.value())) {
            throw refused("landscape.case.editor.already");
        }
        editors.save(new CaseEditor(kase.getId(), person.value()));
        events.publishEvent(new CaseEditorsChanged(kase.caseId(), person.value(), true,
                people.currentContributorId()));
    }

    /** The owner or staff let a co-editor no longer edit the case; the person is told. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void remove(CaseId id, PersonId person) {
        LandscapeCase kase = chooser(cases.findForChange(id.value()));
        if (!editors.existsByCaseIdAndPersonId(kase.getId(), person.value())) {
            throw refused("landscape.case.editor.not-editor");
        }
        editors.deleteById(new CaseEditor.Key(kase.getId(), person.value()));
        events.publishEvent(new CaseEditorsChanged(kase.caseId(), person.value(), false,
                people.currentContributorId()));
    }

    private List<Author> coEditors(LandscapeCase kase) {
        Map<PersonId, Author> named = people.authors(editors.findByCaseId(kase.getId()).stream()
                .map(editor -> PersonId.of(editor.getPersonId())).toList());
        return named.values().stream().sorted(Comparator.comparing(Author::displayName)
                .thenComparingLong(Author::personId)).toList();
    }

    /** The case, if the person may choose its co-editors; unknown to those who may not read it. */
    private LandscapeCase chooser(Optional<LandscapeCase> found) {
        Optional<CurrentPerson> person = people.currentPerson();
        LandscapeCase kase = found.filter(candidate -> CasePolicy.mayRead(candidate.getStatus(),
                CasePolicy.viewer(candidate, person, editors::existsByCaseIdAndPersonId)))
                .orElseThrow(() -> new InvalidInputException(Map.of("case", "landscape.case.unknown")));
        if (!CasePolicy.mayChooseEditors(kase, person)) {
            throw new InvalidInputException(Map.of("case", "landscape.case.not-owner"));
        }
        return kase;
    }

    private static InvalidInputException refused(String key) {
        return new InvalidInputException(Map.of("editor", key));
    }
}
