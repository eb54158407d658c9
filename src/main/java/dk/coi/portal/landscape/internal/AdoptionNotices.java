package dk.coi.portal.landscape.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.landscape.AdoptionId;
import dk.coi.portal.landscape.CaseAdopted;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.notification.FollowableContent;
import dk.coi.portal.notification.NewNotice;
import dk.coi.portal.notification.NoticeWording;
import dk.coi.portal.notification.Notifications;
import dk.coi.portal.notification.SubjectName;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationSummary;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.revision.EditSummary;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a case's owner, co-editors and contact person that a workplace reused it, after the adoption has committed:
 * a notice about the adoption (subject type {@value AdoptionId#SUBJECT_TYPE}; not followable), named by the case's
 * title and leading to its page, its summary naming the workplace. The one who recorded it is not told.
 */
@Component
class AdoptionNotices implements FollowableContent {

    static final String ADOPTED = "ADOPTED";

    private final AdoptionRepository adoptions;
    private final CaseRepository cases;
    private final CaseEditorRepository editors;
    private final OrganisationService organisations;
    private final Notifications notifications;
    private final SystemIdentity system;

    AdoptionNotices(AdoptionRepository adoptions, CaseRepository cases, CaseEditorRepository editors,
                    OrganisationService organisations, Notifications notifications, SystemIdentity system) {
        this.adoptions = adoptions;
        this.cases = cases;
        this.editors = editors;
        this.organisations = organisations;
        this.notifications = notifications;
        this.system = system;
    }

    @ApplicationModuleListener
    void adopted(CaseAdopted adopted) {
        Adoption adoption = adoptions.findById(adopted.adoption().value()).orElseThrow();
        LandscapeCase kase = cases.findById(adopted.kase().value()).orElseThrow();
        Set<PersonId> told = new LinkedHashSet<>();
        told.add(PersonId.of(kase.getOwnerId()));
        editors.findByCaseId(kase.getId()).forEach(editor -> told.add(PersonId.of(editor.getPersonId())));
        if (kase.getContactPersonId() != null) {
            told.add(PersonId.of(kase.getContactPersonId()));
        }
        String workplace = organisations.find(OrganisationId.of(adoption.getOrganisationId()))
                .map(OrganisationSummary::name).orElse("");
        system.run("landscape-adoption-notices", () -> notifications.notifyPeople(told, new NewNotice(
                adopted.adoption().subject(), ADOPTED, null, PersonId.of(adopted.personId()), EditSummary.of(
                        Phrase.of("landscape.notice.adopted.summary", workplace)), adoption.getCreatedAt())));
    }

    @Override
    public String subjectType() {
        return AdoptionId.SUBJECT_TYPE;
    }

    @Override
    public boolean followable() {
        return false;
    }

    @Override
    public Map<Long, SubjectName> readableNames(Collection<Long> ids) {
        Map<Long, SubjectName> names = new HashMap<>();
        Map<Long, LandscapeCase> about = new HashMap<>();
        List<Adoption> found = adoptions.findAllById(ids);
        cases.findByIdIn(found.stream().map(Adoption::getCaseId).toList())
                .forEach(kase -> about.put(kase.getId(), kase));
        found.forEach(adoption -> {
            LandscapeCase kase = about.get(adoption.getCaseId());
            names.put(adoption.getId(), SubjectName.titled(kase.getTitle(), CaseRoutes.kase(kase.caseId(),
                    kase.getTitle())));
        });
        return names;
    }

    @Override
    public String noticePath(long id, SubjectName name, String kind, Long detailId) {
        return name.path();
    }

    @Override
    public NoticeWording wording(String kind) {
        return NoticeWording.personal("landscape.notice.adopted", "landscape.notice.adopted.subject",
                "landscape.notice.adopted.mail", "landscape.mail.see-case");
    }
}
