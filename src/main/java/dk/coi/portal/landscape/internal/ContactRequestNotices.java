package dk.coi.portal.landscape.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.landscape.AdoptionRoutes;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.ContactRequestId;
import dk.coi.portal.landscape.ContactRequested;
import dk.coi.portal.notification.FollowableContent;
import dk.coi.portal.notification.NewNotice;
import dk.coi.portal.notification.NoticeWording;
import dk.coi.portal.notification.Notifications;
import dk.coi.portal.notification.SubjectName;
import dk.coi.portal.shared.revision.EditSummary;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a case's contact person of a contact request, and the requester of the contact's reply, after it has
 * committed: a notice about the request (subject type {@value ContactRequestId#SUBJECT_TYPE}; not followable) whose
 * summary is the sender's own words, named by the case's title. A request leads to the contact's list of requests,
 * where they reply; a reply to the case. The notice and its mail carry names and words only, never an address.
 */
@Component
class ContactRequestNotices implements FollowableContent {

    /** What is told: a request to the contact, a reply to the requester. */
    enum Kind { REQUEST, REPLY }

    private final ContactRequestRepository requests;
    private final CaseRepository cases;
    private final Notifications notifications;
    private final SystemIdentity system;

    ContactRequestNotices(ContactRequestRepository requests, CaseRepository cases, Notifications notifications,
                          SystemIdentity system) {
        this.requests = requests;
        this.cases = cases;
        this.notifications = notifications;
        this.system = system;
    }

    @ApplicationModuleListener
    void requested(ContactRequested requested) {
        ContactRequest request = requests.findById(requested.request().value()).orElseThrow();
        NewNotice notice = requested.reply()
                ? new NewNotice(requested.request().subject(), Kind.REPLY.name(), null,
                        PersonId.of(request.getContactId()), EditSummary.of(request.getReply()), request.getRepliedAt())
                : new NewNotice(requested.request().subject(), Kind.REQUEST.name(), null,
                        PersonId.of(request.getRequesterId()), EditSummary.of(request.getMessage()),
                        request.getCreatedAt());
        PersonId told = PersonId.of(requested.reply() ? request.getRequesterId() : request.getContactId());
        system.run("landscape-contact-notices", () -> notifications.notifyPeople(List.of(told), notice));
    }

    @Override
    public String subjectType() {
        return ContactRequestId.SUBJECT_TYPE;
    }

    @Override
    public boolean followable() {
        return false;
    }

    @Override
    public Map<Long, SubjectName> readableNames(Collection<Long> ids) {
        List<ContactRequest> found = requests.findAllById(ids);
        Map<Long, LandscapeCase> about = new HashMap<>();
        cases.findByIdIn(found.stream().map(ContactRequest::getCaseId).toList())
                .forEach(kase -> about.put(kase.getId(), kase));
        Map<Long, SubjectName> names = new HashMap<>();
        found.forEach(request -> {
            LandscapeCase kase = about.get(request.getCaseId());
            names.put(request.getId(), SubjectName.titled(kase.getTitle(), CaseRoutes.kase(kase.caseId(),
                    kase.getTitle())));
        });
        return names;
    }

    @Override
    public String noticePath(long id, SubjectName name, String kind, Long detailId) {
        return Kind.valueOf(kind) == Kind.REQUEST ? AdoptionRoutes.REQUESTS : name.path();
    }

    @Override
    public NoticeWording wording(String kind) {
        boolean request = Kind.valueOf(kind) == Kind.REQUEST;
        String key = request ? "landscape.notice.contact-request" : "landscape.notice.contact-reply";
        return NoticeWording.personal(key, key + ".subject", key + ".mail",
                request ? "landscape.mail.see-requests" : "landscape.mail.see-case");
    }
}
