package dk.coi.portal.landscape;

import dk.coi.portal.identity.Author;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.internal.AdoptionRules;
import dk.coi.portal.landscape.internal.CaseRepository;
import dk.coi.portal.landscape.internal.ContactRequest;
import dk.coi.portal.landscape.internal.ContactRequestRateLimit;
import dk.coi.portal.landscape.internal.ContactRequestRepository;
import dk.coi.portal.landscape.internal.LandscapeCase;
import dk.coi.portal.shared.InvalidInputException;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Jeg vil gerne genbruge den": a signed-in person asks a published case's contact person about reusing it, through
 * the portal. The contact hears of it as a notice (and by mail, as they chose) and answers in the portal; neither
 * learns the other's e-mail address from it, and the contact reveals only what they write. Limited per person
 * ({@link ContactRequestRateLimit}). A public employee writes on behalf of their own workplace, as their account
 * states it; anyone else as a private person: the sender never names a workplace, so nobody can speak for another's.
 */
@Service
public class ContactRequests {

    public static final int MAX_MESSAGE = AdoptionRules.MAX_MESSAGE;

    private final ContactRequestRepository requests;
    private final CaseRepository cases;
    private final PersonService people;
    private final ContactRequestRateLimit rateLimit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactRequests(ContactRequestRepository requests, CaseRepository cases, PersonService people,
                    ContactRequestRateLimit rateLimit, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.cases = cases;
        this.people = people;
        this.rateLimit = rateLimit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sends a contact request about a published case to its contact person, on behalf of the sender's workplace
     * ({@link #onBehalfOf}); refused when the case names no contact (or names the sender), when the message is
     * missing or too long, and past the sender's rate limit.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ContactRequestId request(CaseId id, String message) {
        LandscapeCase kase = cases.findById(id.value()).filter(found -> found.getStatus() == CaseStatus.PUBLISHED)
                .orElseThrow(() -> refused("case", "landscape.case.unknown"));
        long me = people.currentContributorId();
        if (kase.getContactPersonId() == null || kase.getContactPersonId() == me) {
            throw refused("case", "landscape.contact.no-contact");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String text = AdoptionRules.message(message, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // A second click, or the same words sent again before an answer, is the request already made.
        Optional<ContactRequest> made = requests.findFirstByCaseIdAndRequesterIdAndMessageAndReplyIsNull(kase.getId(),
                me, text);
        if (made.isPresent()) {
            return ContactRequestId.of(made.get().getId());
        }
        if (!rateLimit.tryAcquire(me)) {
            throw refused("message", "landscape.contact.too-many");
        }
        ContactRequest request = requests.save(new ContactRequest(kase.getId(), me, kase.getContactPersonId(),
                onBehalfOf(people), text, clock.instant()));
        ContactRequestId requestId = ContactRequestId.of(request.getId());
        events.publishEvent(new ContactRequested(requestId, false));
        return requestId;
    }

    /** The contact person answers a request made to them; the requester hears of the answer in the portal. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void reply(ContactRequestId id, String reply) {
        ContactRequest request = requests.findById(id.value())
                .filter(found -> found.getContactId() == people.currentContributorId())
                .orElseThrow(() -> refused("request", "landscape.contact.unknown"));
        Map<String, String> problems = new LinkedHashMap<>();
        String text = AdoptionRules.message(reply, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(Map.of("reply", problems.get("message")));
        }
        request.reply(text, clock.instant());
        events.publishEvent(new ContactRequested(id, true));
    }

    /** The requests made to the signed-in person as a case's contact, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ContactRequestLine> received() {
        List<ContactRequest> mine = requests.findByContactIdOrderByCreatedAtDescIdDesc(
                people.currentContributorId());
        Map<Long, LandscapeCase> about = cases(mine);
        Map<Long, String> names = new HashMap<>();
        return mine.stream().map(request -> {
            LandscapeCase kase = about.get(request.getCaseId());
            return new ContactRequestLine(ContactRequestId.of(request.getId()), kase.getTitle(),
                    CaseRoutes.kase(kase.caseId(), kase.getTitle()), names.computeIfAbsent(request.getRequesterId(),
                    person -> people.authorName(PersonId.of(person)).orElse(null)), request.getWorkplace(),
                    request.getMessage(), request.getCreatedAt(), request.getReply(), request.getRepliedAt());
        }).toList();
    }

    /** The requests the signed-in person sent ("Jeg vil gerne genbruge den"), newest first, each with its reply. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SentContactRequest> sent() {
        List<ContactRequest> mine = requests.findByRequesterIdOrderByCreatedAtDescIdDesc(
                people.currentContributorId());
        Map<Long, LandscapeCase> about = cases(mine);
        return mine.stream().map(request -> {
            LandscapeCase kase = about.get(request.getCaseId());
            return new SentContactRequest(ContactRequestId.of(request.getId()), kase.getTitle(),
                    CaseRoutes.kase(kase.caseId(), kase.getTitle()), request.getMessage(), request.getCreatedAt(),
                    request.getReply(), request.getRepliedAt());
        }).toList();
    }

    private Map<Long, LandscapeCase> cases(List<ContactRequest> made) {
        Map<Long, LandscapeCase> about = new HashMap<>();
        cases.findByIdIn(made.stream().map(ContactRequest::getCaseId).toList())
                .forEach(kase -> about.put(kase.getId(), kase));
        return about;
    }

    /**
     * The workplace the signed-in person writes on behalf of: a public employee's own, as their account states it;
     * null for anyone else (a private person), and for an employee whose account names none.
     */
    static String onBehalfOf(PersonService people) {
        return people.currentPerson().filter(me -> me.has(Role.EMPLOYEE)).map(me -> people.authors(List.of(
                PersonId.of(me.id()))).get(PersonId.of(me.id()))).map(Author::workplace)
                .filter(workplace -> !workplace.isBlank()).orElse(null);
    }

    private static InvalidInputException refused(String field, String key) {
        return new InvalidInputException(Map.of(field, key));
    }
}
