package dk.coi.portal.landscape.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonalDataContributor;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The landscape's part of a person's GDPR export: the cases they registered (with their review state), the cases
 * they may edit beside their owner, the cases they are the contact person of, and every version of a case they
 * saved. Erasure keeps the cases and their history (a case is its organisation's, and its versions must stay
 * whole): versions are credited to "Slettet bruger" once the person row is blanked. A case that named them as its
 * contact person no longer does, and they are no longer a co-editor.
 */
@Component
class CasePersonalData implements PersonalDataContributor {

    private final CaseRepository cases;
    private final CaseEditorRepository editors;
    private final EntityManager entityManager;

    CasePersonalData(CaseRepository cases, CaseEditorRepository editors,
                     EntityManager entityManager) {
        this.cases = cases;
        this.editors = editors;
        this.entityManager = entityManager;
    }

    @Override
    public String section() {
        return "landscape";
    }

    @Override
    public Object export(PersonId person) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("casesRegistered", cases.findByOwnerIdOrderByIdAsc(person.value()).stream().map(kase -> Map.of(
                "case", kase.getId(), "title", kase.getTitle(), "status", kase.getStatus().name(),
                "time", kase.getCreatedAt().toString())).toList());
        export.put("coEditorOf", editors.findByPersonId(person.value()).stream().map(CaseEditor::getCaseId).toList());
        export.put("contactPersonOf", entityManager.createQuery("""
                        select c.id from LandscapeCase c where c.contactPersonId = :person order by c.id""", Long.class)
                .setParameter("person", person.value()).getResultList());
        export.put("caseEdits", cases.editsBy(person.value()).stream().map(edit -> Map.of("case", edit.getCaseId(),
                "revision", edit.getRevision(), "title", edit.getTitle(),
                "time", Instant.ofEpochMilli(edit.getTime()).toString())).toList());
        return export;
    }

    @Override
    public void erase(PersonId person) {
        // Cases and their versions stay; the blanked person row credits the versions to "Slettet bruger". The contact
        // person's name is personal data shown with the case, so the case names no contact person (its role stays).
        entityManager.createQuery("update LandscapeCase c set c.contactPersonId = null, c.contactPublic = false"
                + " where c.contactPersonId = :person").setParameter("person", person.value()).executeUpdate();
        editors.deleteAll(editors.findByPersonId(person.value()));
    }
}
