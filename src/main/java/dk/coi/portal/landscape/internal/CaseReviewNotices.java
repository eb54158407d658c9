package dk.coi.portal.landscape.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.landscape.AdoptionRoutes;
import dk.coi.portal.landscape.CaseContactNamed;
import dk.coi.portal.landscape.CaseEditorsChanged;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CasePublished;
import dk.coi.portal.landscape.CaseReturned;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.notification.FollowableContent;
import dk.coi.portal.notification.NewNotice;
import dk.coi.portal.notification.NoticeWording;
import dk.coi.portal.notification.Notifications;
import dk.coi.portal.notification.SubjectName;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.revision.EditSummary;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a case's owner and co-editors that staff published it or sent it back (with staff's comment), after it has
 * committed: a notice about the case (subject type {@value CaseId#SUBJECT_TYPE}; not followable), named by its
 * title and leading to its page (published) or its form (returned). Staff are not told of their own decision.
 * The case's other personal notices are told with the same wording: the reminders ({@link CaseReminders}) and
 * being made or unmade a co-editor ({@link CaseEditorsChanged}), and being named its contact person
 * ({@link CaseContactNamed}).
 */
@Component
class CaseReviewNotices implements FollowableContent {

    /** What the editors are told. */
    enum Kind {
        PUBLISHED, RETURNED,
        /** Not confirmed up to date for {@link dk.coi.portal.landscape.CaseUpkeep#STALE_AFTER}. */
        STALE,
        /** An expected result's follow-up date passed without a result (detail: the result's id). */
        FOLLOW_UP,
        EDITOR_ADDED, EDITOR_REMOVED,
        /** Named the case's contact person by someone else. */
        CONTACT_NAMED;

        /** The translation key the notice is told with; its list line, and its mail's keys after it. */
        String key() {
            return "landscape.notice." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final CaseRepository cases;
    private final CaseEditorRepository editors;
    private final Notifications notifications;
    private final SystemIdentity system;
    private final Clock clock;

    CaseReviewNotices(CaseRepository cases, CaseEditorRepository editors, Notifications notifications,
                      SystemIdentity system, Clock clock) {
        this.cases = cases;
        this.editors = editors;
        this.notifications = notifications;
        this.system = system;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void published(CasePublished published) {
        tell(published.id(), published.ownerId(), published.staffId(), Kind.PUBLISHED,
                EditSummary.of(Phrase.of("landscape.notice.published.summary")));
    }

    @ApplicationModuleListener
    void returned(CaseReturned returned) {
        tell(returned.id(), returned.ownerId(), returned.staffId(), Kind.RETURNED, EditSummary.of(returned.comment()));
    }

    /**
     * Tells a person they were made or unmade a co-editor; made, only once per becoming one (the claim on their row
     * commits with the notice), however often the event is delivered.
     */
    @ApplicationModuleListener
    void editorsChanged(CaseEditorsChanged changed) {
        if (changed.added() && editors.claimTelling(changed.id().value(), changed.personId()) == 0) {
            return;
        }
        tellPerson("landscape-editor-notices", changed.id(), changed.personId(), changed.byId(),
                changed.added() ? Kind.EDITOR_ADDED : Kind.EDITOR_REMOVED);
    }

    /**
     * Tells a person a case now names them its contact person: requests about reusing it ("Jeg vil gerne genbruge
     * den") come to them, and they alone choose whether their name is shown publicly.
     */
    @ApplicationModuleListener
    void contactNamed(CaseContactNamed named) {
        tellPerson("landscape-contact-notices", named.id(), named.personId(), named.byId(), Kind.CONTACT_NAMED);
    }

    /** Tells one person of a change that concerns them alone, with the kind's own summary. */
    private void tellPerson(String job, CaseId id, long personId, long byId, Kind kind) {
        system.run(job, () -> notifications.notifyPeople(List.of(PersonId.of(personId)), new NewNotice(id.subject(),
                kind.name(), null, PersonId.of(byId), EditSummary.of(Phrase.of(kind.key() + ".summary")),
                clock.instant())));
    }

    private void tell(CaseId id, long owner, long staff, Kind kind, EditSummary summary) {
        Set<PersonId> told = new LinkedHashSet<>();
        told.add(PersonId.of(owner));
        editors.findByCaseId(id.value()).forEach(editor -> told.add(PersonId.of(editor.getPersonId())));
        system.run("landscape-review-notices", () -> notifications.notifyPeople(told, new NewNotice(id.subject(),
                kind.name(), null, PersonId.of(staff), summary, clock.instant())));
    }

    @Override
    public String subjectType() {
        return CaseId.SUBJECT_TYPE;
    }

    @Override
    public boolean followable() {
        return false;
    }

    @Override
    public Map<Long, SubjectName> readableNames(Collection<Long> ids) {
        return cases.findByIdIn(ids).stream().collect(Collectors.toMap(LandscapeCase::getId,
                kase -> SubjectName.titled(kase.getTitle(), CaseRoutes.kase(kase.caseId(), kase.getTitle()))));
    }

    @Override
    public String noticePath(long id, SubjectName name, String kind, Long detailId) {
        return switch (Kind.valueOf(kind)) {
            case RETURNED, FOLLOW_UP -> CaseRoutes.edit(CaseId.of(id));
            // A co-editor no longer may open a draft they were taken off.
            case EDITOR_REMOVED -> CaseRoutes.LIST;
            // A contact may not open a draft they do not edit; requests about the case come to their list.
            case CONTACT_NAMED -> AdoptionRoutes.REQUESTS;
            default -> name.path();
        };
    }

    @Override
    public NoticeWording wording(String kind) {
        String key = Kind.valueOf(kind).key();
        // Being named contact leads to the requests page, where they choose to show their name or step down.
        return NoticeWording.personal(key, key + ".subject", key + ".mail", Kind.valueOf(kind) == Kind.CONTACT_NAMED
                ? "landscape.mail.see-contact" : "landscape.mail.see-case");
    }
}
