package dk.coi.portal.landscape;

import dk.coi.portal.identity.Author;
import dk.coi.portal.identity.CurrentPerson;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.internal.AdoptionRepository;
import dk.coi.portal.landscape.internal.CaseEditorRepository;
import dk.coi.portal.landscape.internal.CaseOrigins;
import dk.coi.portal.landscape.internal.CasePolicy;
import dk.coi.portal.landscape.internal.CaseRepository;
import dk.coi.portal.landscape.internal.CaseRules;
import dk.coi.portal.landscape.internal.CaseViewers;
import dk.coi.portal.landscape.internal.LandscapeCase;
import dk.coi.portal.landscape.internal.LandscapeCaseResult;
import dk.coi.portal.landscape.internal.RegisteredWorkplace;
import dk.coi.portal.organisation.Municipality;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationPlace;
import dk.coi.portal.organisation.OrganisationScreen;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationSummary;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.MarkdownService;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.Reason;
import dk.coi.portal.shared.SafeHtml;
import dk.coi.portal.shared.revision.EditSummary;
import dk.coi.portal.shared.revision.PortalRevision;
import dk.coi.portal.shared.revision.Revisions;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases of the landscape: public employees register a case for their workplace (a draft), its editors (owner and
 * co-editors) submit it, COI staff publish it or send it back with a comment, and its editors keep it up to date
 * and confirm so. Every change of its content is a named revision with history, diff and restore. Every method
 * checks who may call it by {@link CasePolicy}, the rules the screens' read models are told by; every refusal is an
 * {@link InvalidInputException} with a translation key, with nothing stored.
 */
@Service
public class CaseService {

    /** The field a refusal names when it is about the case as a whole, nothing in its form. */
    public static final String WHOLE_CASE = "case";

    private final CaseRepository cases;
    private final CaseEditorRepository editors;
    private final OrganisationService organisations;
    private final PersonService people;
    private final MarkdownService markdown;
    private final Revisions revisions;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseViewers viewers;
    private final CaseOrigins origins;
    private final AdoptionRepository adoptions;
    private final RegisteredWorkplace workplaces;
    private final ContactRequests contactRequests;
    private final CaseContacts contacts;

    CaseService(CaseRepository cases, CaseEditorRepository editors, OrganisationService organisations,
                PersonService people, MarkdownService markdown, Revisions revisions, EntityManager entityManager,
                ApplicationEventPublisher events, Clock clock, CaseViewers viewers, CaseOrigins origins,
                AdoptionRepository adoptions, RegisteredWorkplace workplaces, ContactRequests contactRequests,
                CaseContacts contacts) {
        this.contactRequests = contactRequests;
        this.contacts = contacts;
        this.adoptions = adoptions;
        this.workplaces = workplaces;
        this.viewers = viewers;
        this.origins = origins;
        this.cases = cases;
        this.editors = editors;
        this.organisations = organisations;
        this.people = people;
        this.markdown = markdown;
        this.revisions = revisions;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A public employee registers a case for a workplace as a draft, which they own; refused, with nothing stored,
     * when any rule of {@link CaseRules} fails, the organisation is unknown or already has a case of that title.
     */
    @PreAuthorize("hasRole('EMPLOYEE')")
    @Transactional
    public CaseId register(CaseDraft draft) {
        CaseRules.Checked checked = checked(draft, null);
        refuseContactChange(null, checked);
        LandscapeCase found = new LandscapeCase(checked, people.currentContributorId(), clock.instant());
        saveChecked(found);
        describe("landscape.case.revision.registered");
        tellNewContact(found, null);
        return found.caseId();
    }

    /**
     * Its editors or staff change a case's content; {@code version} is the one they edited, and a change saved since
     * is refused with a message saying so. A published case stays published; a returned one stays returned until it
     * is submitted again. A case under review or published may not lose its contact person, their role or the text
     * of any of the four qualification sections ({@link #refuseEmptying}).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void edit(CaseId id, CaseDraft draft, long version) {
        LandscapeCase found = forChange(id);
        if (!viewer(found).mayEdit()) {
            throw refused(WHOLE_CASE, "landscape.case.not-yours");
        }
        refuseUnlessCurrent(found, version);
        CaseRules.Checked checked = checked(draft, found.getId());
        refuseContactChange(found, checked);
        refuseEmptying(found, checked);
        Long contactBefore = found.getContactPersonId();
        if (found.change(checked, clock.instant())) {
            saveChanged(found);
            describe("landscape.case.revision.edited");
            tellNewContact(found, contactBefore);
        }
    }

    /**
     * Its editors submit a draft or returned case to COI staff for review; refused while it names no contact person
     * or no role for them ({@link CaseRules#missingContact}) or lacks any of its effect, process, conditions and
     * documentation ({@link CaseRules#missingQualification}), which a draft may lack.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void submit(CaseId id) {
        LandscapeCase found = forChange(id);
        if (!CasePolicy.maySubmit(found.getStatus(), viewer(found))) {
            throw refused(WHOLE_CASE, "landscape.case.not-submittable");
        }
        refuseIncomplete(found.getContactPersonId(), found.getContactRole(), missingQualification(found, "required"),
                "required");
        found.submit(clock.instant());
    }

    /**
     * Staff publish a submitted case; its owner is told, and it counts as confirmed up to date now. {@code version}
     * is the one they read: a case changed since is refused with a message saying so, not published unread. A case
     * without a contact person and their role ({@link CaseRules#missingContact}) is refused: "Jeg vil gerne genbruge
     * den" is sent to that person; so is one lacking a qualification section (submitted before they were required),
     * each missing section named.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void publish(CaseId id, long version) {
        LandscapeCase found = forChange(id);
        if (!CasePolicy.mayReview(found.getStatus(), viewer(found))) {
            throw refused(WHOLE_CASE, "landscape.case.not-submitted");
        }
        refuseUnlessDecidedOnCurrent(found, version);
        if (!hasContact(found)) {
            throw refused(WHOLE_CASE, "landscape.case.no-contact");
        }
        Map<String, String> unqualified = missingQualification(found, "publish");
        if (!unqualified.isEmpty()) {
            throw new InvalidInputException(unqualified);
        }
        found.publish(clock.instant());
        found.publishedAs(revisions.revisionsOf(LandscapeCase.class, found.getId()).getLast());
        events.publishEvent(new CasePublished(found.caseId(), found.getOwnerId(), people.currentContributorId()));
    }

    /**
     * Staff send a submitted case back to its editors with a comment saying what to change (required); {@code version}
     * is the one they read, and a case changed since is refused as in {@link #publish}.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void sendBack(CaseId id, long version, String comment) {
        Reason reason = Reason.required(comment);
        LandscapeCase found = forChange(id);
        if (!CasePolicy.mayReview(found.getStatus(), viewer(found))) {
            throw refused(WHOLE_CASE, "landscape.case.not-submitted");
        }
        refuseUnlessDecidedOnCurrent(found, version);
        found.sendBack(reason.text());
        events.publishEvent(new CaseReturned(found.caseId(), found.getOwnerId(), people.currentContributorId(),
                reason.text()));
    }

    /** Its editors or staff confirm a published case is up to date (its "last confirmed" date becomes today). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void confirmUpToDate(CaseId id) {
        LandscapeCase found = forChange(id);
        if (!CasePolicy.mayConfirm(found.getStatus(), viewer(found))) {
            throw refused(WHOLE_CASE, "landscape.case.not-confirmable");
        }
        found.confirm(clock.instant());
    }

    /**
     * Its editors or staff restore the case's content as an earlier revision left it (results too), as a new named
     * revision; its review state stays, so a case under review or published is refused an earlier version that
     * lacks what it has now ({@link #refuseEmptying}). {@code version} is the one they saw.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void restore(CaseId id, long revision, long version) {
        LandscapeCase found = forChange(id);
        if (!viewer(found).mayEdit()) {
            throw refused(WHOLE_CASE, "landscape.case.not-yours");
        }
        refuseUnlessCurrent(found, version);
        if (!revisions.revisionsOf(LandscapeCase.class, found.getId()).contains(revision)) {
            throw refused(WHOLE_CASE, "landscape.case.revision.unknown");
        }
        LandscapeCase old = revisions.stateAt(LandscapeCase.class, found.getId(), revision);
        CaseRules.Checked checked = checked(restorable(draftOf(old), found), found.getId());
        refuseContactChange(found, checked);
        refuseEmptying(found, checked);
        if (found.change(checked, clock.instant())) {
            saveChanged(found);
            entityManager.flush();
            revisions.describeCurrent(EditSummary.of(Phrase.of("landscape.case.revision.restored",
                    versionNumber(found.getId(), revision))), null, null);
        }
    }

    /** A case as its page shows it to the current person; empty when there is none or they may not see it yet. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<CaseScreen> screen(CaseId id) {
        return cases.findById(id.value()).filter(found -> CasePolicy.mayRead(found.getStatus(), viewer(found)))
                .map(this::screenOf);
    }

    /** A case as its edit form opens it; empty when there is none or the person may not edit it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<CaseEditing> editing(CaseId id) {
        return cases.findById(id.value()).filter(found -> viewer(found).mayEdit())
                .map(found -> new CaseEditing(found.caseId(), draftOf(found), found.getVersion(), found.getStatus(),
                        found.getStaffComment(), CaseRoutes.kase(found.caseId(), found.getTitle()), contactOf(found)));
    }

    /** The case's contact person by name and workplace, for its editors' form; null for none or one erased. */
    private Author contactOf(LandscapeCase found) {
        if (found.getContactPersonId() == null) {
            return null;
        }
        PersonId contact = PersonId.of(found.getContactPersonId());
        return people.authors(List.of(contact)).get(contact);
    }

    /**
     * The cases that name the signed-in person their contact person, by title: they may step down as it
     * ({@link #withdrawAsContact}) and choose whether their name is shown ({@link #showMyName}), whoever named them.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ContactOf> contactOf() {
        return cases.findByContactPersonIdOrderByTitle(people.currentContributorId()).stream()
                .map(found -> new ContactOf(found.caseId(), found.getTitle(), found.getStatus() == CaseStatus.PUBLISHED
                        ? CaseRoutes.kase(found.caseId(), found.getTitle()) : null, found.isContactPublic()))
                .toList();
    }

    /**
     * The case's contact person steps down: it names no contact person (their role stays, for the next one), which
     * staff see as missing ({@link #incompletePublished}, the review queue) and its editors must fill before it is
     * submitted again. Refused to anyone but its contact person (GDPR: being named is theirs to decline).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void withdrawAsContact(CaseId id) {
        LandscapeCase found = asItsContact(id);
        found.changeContact(null, false, clock.instant());
        describe("landscape.case.revision.contact-withdrawn");
    }

    /** The case's contact person chooses whether their name is shown publicly; refused to anyone else. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void showMyName(CaseId id, boolean shown) {
        LandscapeCase found = asItsContact(id);
        if (found.changeContact(found.getContactPersonId(), shown, clock.instant())) {
            describe("landscape.case.revision.contact-shown");
        }
    }

    /** The case locked for a change by its contact person; unknown to anyone else (they may not read a draft). */
    private LandscapeCase asItsContact(CaseId id) {
        return cases.findForChange(id.value()).filter(found -> Objects.equals(found.getContactPersonId(),
                people.currentContributorId())).orElseThrow(() -> refused(WHOLE_CASE, "landscape.case.unknown"));
    }

    /**
     * The signed-in person's own page: whether they may register a case, the cases they own or co-edit, newest first,
     * and the contact requests they sent.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public OwnCases own() {
        return new OwnCases(mayRegister(people.currentPerson()),
                lines(cases.findEditableBy(people.currentContributorId())), contactRequests.sent());
    }

    /** Staff's review queue: the submitted cases, longest waiting first. */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional(readOnly = true)
    public List<CaseLine> reviewQueue() {
        return lines(cases.findByStatusOrderBySubmittedAtAsc(CaseStatus.SUBMITTED));
    }

    /**
     * Staff's cases made from ideas carried on that are not yet submitted or published (a draft, or returned to its
     * editors), oldest idea first: staff made them and must find them again after saving, until they are submitted.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional(readOnly = true)
    public List<CaseLine> draftsFromIdeas() {
        return lines(cases.findMadeFromIdeas(List.of(CaseStatus.DRAFT, CaseStatus.RETURNED)));
    }

    /**
     * Published cases lacking a contact person, their role or a qualification section, by title: published before
     * all four were required, or left by a contact who stepped down; staff ask their editors to fill them.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional(readOnly = true)
    public List<CaseLine> incompletePublished() {
        return lines(cases.findIncomplete(CaseStatus.PUBLISHED));
    }

    /** Every published case as a card, newest first (for lists, the map and the open-data API). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<CaseCard> publishedCards() {
        List<LandscapeCase> published = cases.findByStatusOrderByPublishedAtDesc(CaseStatus.PUBLISHED);
        return cards(published, organisations, adoptions);
    }

    /** The cases as cards, their organisations' places read in one query and their reuses counted in another. */
    static List<CaseCard> cards(List<LandscapeCase> found, OrganisationService organisations,
                                AdoptionRepository adoptions) {
        Map<OrganisationId, OrganisationPlace> places = organisations.places(found.stream()
                .map(kase -> OrganisationId.of(kase.getOrganisationId())).toList());
        Map<Long, Long> reuses = adoptions.reuses(found.stream().map(LandscapeCase::getId).toList());
        return found.stream().map(kase -> card(kase, places.get(OrganisationId.of(kase.getOrganisationId())), reuses))
                .toList();
    }

    /** When the published cases last changed (published, or their content edited); empty while none is published. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Instant> lastPublishedChange() {
        return cases.lastPublishedChange();
    }

    /** What the current person may start in the landscape (the same rules {@link #register} and review check). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public CaseEntry entry() {
        Optional<CurrentPerson> person = people.currentPerson();
        boolean staff = person.filter(found -> found.has(Role.COI_STAFF)).isPresent();
        return new CaseEntry(person.isPresent(), mayRegister(person), staff,
                staff ? cases.countByStatus(CaseStatus.SUBMITTED)
                        + cases.countByStatusAndUncheckedSinceIsNotNull(CaseStatus.PUBLISHED) : 0);
    }

    /** The form for a new case as it opens for the current person (the same rule {@link #register} checks). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public CaseStart start() {
        Optional<OrganisationSummary> workplace = workplaces.ofCurrentEmployee();
        return new CaseStart(mayRegister(people.currentPerson()), workplace.orElse(null));
    }

    /** Whether the person may register a case, as {@link #register} is authorised: a public employee. */
    private static boolean mayRegister(Optional<CurrentPerson> person) {
        return person.filter(found -> found.has(Role.EMPLOYEE)).isPresent();
    }

    /** A case's Markdown section as it will be shown, for the editor's preview. */
    @PreAuthorize("isAuthenticated()")
    public SafeHtml preview(String text) {
        String given = text == null ? "" : text;
        if (given.length() > CaseRules.MAX_SECTION) {
            throw refused("section", "landscape.case.section.too-long");
        }
        return markdown.render(given);
    }

    /**
     * A case's versions, newest first, and the difference between revisions {@code from} and {@code to} when both
     * are given (or {@code to} and the one before it), in either order; empty when the person may not read its
     * history. Those who may not read its draft (all but its editors and staff) read it from its first published
     * version: earlier versions are drafts, with text staff may have had removed in review.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<CaseHistory> history(CaseId id, Long from, Long to) {
        Optional<LandscapeCase> existing = cases.findById(id.value());
        if (existing.isEmpty() || !CasePolicy.mayReadHistory(existing.get().getStatus(), viewer(existing.get()))) {
            return Optional.empty();
        }
        LandscapeCase found = existing.get();
        List<Long> every = revisions.revisionsOf(LandscapeCase.class, found.getId()).stream().sorted().toList();
        long firstShown = viewer(found).mayEdit() ? Long.MIN_VALUE
                : Objects.requireNonNullElse(found.getFirstPublishedRevision(), every.getLast());
        List<Long> oldestFirst = every.stream().filter(number -> number >= firstShown).toList();
        Map<Long, PortalRevision> stored = revisions.find(oldestFirst);
        Map<PersonId, Author> authors = people.authors(stored.values().stream().map(PortalRevision::getPersonId)
                .filter(Objects::nonNull).map(PersonId::of).toList());
        List<CaseRevision> lines = oldestFirst.stream().map(stored::get).map(revision -> new CaseRevision(
                        revision.getId(), every.indexOf(revision.getId()) + 1, revision.getTime(),
                        revision.getPersonId() == null ? null : Optional.ofNullable(authors.get(
                                PersonId.of(revision.getPersonId()))).map(Author::displayName).orElse(null),
                        revision.getSummary()))
                .sorted(Comparator.comparingLong(CaseRevision::revision).reversed()).toList();
        Long older = from;
        if (to != null && older == null) {
            older = oldestFirst.stream().filter(number -> number < to).reduce((a, b) -> b).orElse(null);
        }
        CaseHistory.Comparison diff = null;
        if (to != null && older != null && oldestFirst.contains(to) && oldestFirst.contains(older)
                && !older.equals(to)) {
            long first = Math.min(older, to);
            long second = Math.max(older, to);
            diff = new CaseHistory.Comparison(line(lines, first), line(lines, second), fieldDiffs(
                    revisions.stateAt(LandscapeCase.class, found.getId(), first),
                    revisions.stateAt(LandscapeCase.class, found.getId(), second)));
        }
        return Optional.of(new CaseHistory(screenOf(found), lines, diff, viewer(found).mayEdit()));
    }

    private static CaseRevision line(List<CaseRevision> lines, long revision) {
        return lines.stream().filter(line -> line.revision() == revision).findFirst().orElseThrow();
    }

    private int versionNumber(long caseId, long revision) {
        return revisions.revisionsOf(LandscapeCase.class, caseId).stream().sorted().toList().indexOf(revision) + 1;
    }

    /** The fields that differ between two versions, each with its two values, in the form's order. */
    private List<CaseHistory.FieldChange> fieldDiffs(LandscapeCase before, LandscapeCase after) {
        Map<String, Function<LandscapeCase, CaseHistory.FieldValue>> fields = new LinkedHashMap<>();
        fields.put("landscape.field.title", text(LandscapeCase::getTitle));
        fields.put("landscape.field.summary", text(LandscapeCase::getSummary));
        fields.put("landscape.field.organisation", text(found -> organisations.find(OrganisationId.of(
                found.getOrganisationId())).map(OrganisationSummary::name).orElse("")));
        fields.put("landscape.field.partners", text(LandscapeCase::getPartners));
        fields.put("landscape.field.sector", found -> new CaseHistory.FieldValue.Choice(found.getSector().labelKey()));
        fields.put("landscape.field.year", text(found -> String.valueOf(found.getYearStarted())));
        fields.put("landscape.field.stage", found -> new CaseHistory.FieldValue.Choice(found.getStage().labelKey()));
        fields.put("landscape.field.type", found -> new CaseHistory.FieldValue.Choice(
                found.getInnovationType().labelKey()));
        fields.put("landscape.field.target-group", text(LandscapeCase::getTargetGroup));
        fields.put("landscape.field.novelty", found -> new CaseHistory.FieldValue.Choice(
                found.getNovelty().labelKey()));
        fields.put("landscape.field.links", text(found -> String.join("\n", found.getLinks())));
        fields.put("landscape.field.tags", text(found -> String.join(", ", found.getTags())));
        fields.put("landscape.field.effect", text(LandscapeCase::getEffect));
        fields.put("landscape.field.process", text(LandscapeCase::getProcess));
        fields.put("landscape.field.conditions", text(LandscapeCase::getConditions));
        fields.put("landscape.field.documentation", text(LandscapeCase::getDocumentation));
        fields.put("landscape.field.evidence", found -> new CaseHistory.FieldValue.Choice(
                found.getEvidenceLevel().labelKey()));
        fields.put("landscape.field.results", found -> new CaseHistory.FieldValue.Results(found.getResults().stream()
                .map(LandscapeCaseResult::shown).map(CaseResult::content).toList()));
        fields.put("landscape.field.contact-role", text(LandscapeCase::getContactRole));
        List<CaseHistory.FieldChange> diffs = new ArrayList<>();
        fields.forEach((label, value) -> {
            CaseHistory.FieldValue was = value.apply(before);
            CaseHistory.FieldValue is = value.apply(after);
            if (!was.equals(is)) {
                diffs.add(new CaseHistory.FieldChange(label, was, is));
            }
        });
        return diffs;
    }

    private static Function<LandscapeCase, CaseHistory.FieldValue> text(Function<LandscapeCase, String> field) {
        return found -> new CaseHistory.FieldValue.Text(Objects.requireNonNullElse(field.apply(found), ""));
    }

    private CaseScreen screenOf(LandscapeCase found) {
        CasePolicy.Viewer viewer = viewer(found);
        Optional<OrganisationScreen> organisation = organisations.screen(OrganisationId.of(found.getOrganisationId()));
        CaseContact contact = null;
        if (found.getContactPersonId() != null || found.getContactRole() != null) {
            String name = found.getContactPersonId() != null && (found.isContactPublic() || viewer.mayEdit())
                    ? people.authorName(PersonId.of(found.getContactPersonId())).orElse(null) : null;
            // A contact with neither a name the reader may see nor a role says nothing: no section for it.
            contact = name == null && found.getContactRole() == null ? null
                    : new CaseContact(name, found.getContactRole());
        }
        return new CaseScreen(found.caseId(), found.getTitle(), found.getSummary(),
                organisation.map(OrganisationScreen::organisation).orElse(null),
                organisation.map(OrganisationScreen::municipality).orElse(null), found.getPartners(), found.getSector(),
                found.getYearStarted(), found.getStage(), found.getInnovationType(), found.getTargetGroup(),
                found.getNovelty(), found.getLinks(), found.getTags(), rendered(found.getEffect()),
                rendered(found.getProcess()), rendered(found.getConditions()), rendered(found.getDocumentation()),
                found.getEvidenceLevel(), found.getResults().stream().map(LandscapeCaseResult::shown).toList(), contact,
                found.getStatus(), viewer.mayEdit() ? found.getStaffComment() : null, found.getPublishedAt(),
                found.getConfirmedAt(), CaseRoutes.kase(found.caseId(), found.getTitle()),
                CasePolicy.actions(found.getStatus(), viewer), found.getVersion(),
                origins.of(found.getId()).orElse(null), hasContact(found),
                missingQualification(found, "required").isEmpty());
    }

    private SafeHtml rendered(String text) {
        return text == null ? null : markdown.render(text);
    }

    /** A published case as a card; {@code reuses}: how many workplaces reused each case, by id. */
    private static CaseCard card(LandscapeCase found, OrganisationPlace organisation, Map<Long, Long> reuses) {
        return new CaseCard(found.caseId(), found.getTitle(), found.getSummary(), OrganisationId.of(
                found.getOrganisationId()), organisation == null ? "" : organisation.name(),
                organisation == null ? null : organisation.level(),
                organisation == null ? null : organisation.municipalityCode(), found.getSector(), found.getStage(),
                found.getInnovationType(), found.getNovelty(), found.getEvidenceLevel(), found.getYearStarted(),
                found.getTags(), found.getPublishedAt(), found.getConfirmedAt(),
                CaseRoutes.kase(found.caseId(), found.getTitle()), reuses.getOrDefault(found.getId(), 0L));
    }

    private List<CaseLine> lines(List<LandscapeCase> listed) {
        OrganisationNames names = OrganisationNames.of(organisations, listed);
        return listed.stream().map(found -> new CaseLine(found.caseId(), found.getTitle(), names.of(found),
                found.getStatus(), found.getSubmittedAt(), found.getStaffComment(),
                CaseRoutes.kase(found.caseId(), found.getTitle()), CaseRoutes.edit(found.caseId()), found.getVersion(),
                hasContact(found), missingQualification(found, "required").isEmpty())).toList();
    }

    private static boolean hasContact(LandscapeCase found) {
        return CaseRules.missingContact(found.getContactPersonId(), found.getContactRole(), "required").isEmpty();
    }

    private static CaseDraft draftOf(LandscapeCase found) {
        return new CaseDraft(found.getTitle(), found.getSummary(), OrganisationId.of(found.getOrganisationId()),
                found.getPartners(), found.getSector(), found.getYearStarted(), found.getStage(),
                found.getInnovationType(), found.getTargetGroup(), found.getNovelty(), found.getLinks(),
                found.getTags(), found.getEffect(), found.getProcess(), found.getConditions(), found.getDocumentation(),
                found.getEvidenceLevel(), found.getResults().stream().map(LandscapeCaseResult::shown).toList(),
                found.getContactPersonId() == null ? null : PersonId.of(found.getContactPersonId()),
                found.getContactRole(), found.isContactPublic());
    }

    /**
     * An earlier version's content as it can be restored now, as changes that bypassed the history left the case: a
     * merged organisation is the one kept (as the case was moved to it), and a contact person is named again only
     * when they still are (or it is the person restoring), never shown publicly unless they still are; otherwise the
     * case keeps whom it names now, so an erased or removed contact person is not brought back.
     */
    private CaseDraft restorable(CaseDraft old, LandscapeCase now) {
        OrganisationId current = OrganisationId.of(now.getOrganisationId());
        OrganisationId organisation = organisations.find(old.organisation()).map(OrganisationSummary::id)
                .orElse(old.organisation());
        if (organisations.find(current).map(OrganisationSummary::id).filter(organisation::equals).isPresent()) {
            organisation = current;
        }
        Long was = now.getContactPersonId();
        Long named = old.contactPerson() == null ? null : old.contactPerson().value();
        PersonId contact;
        boolean shown;
        if (named != null && named == people.currentContributorId()) {
            contact = old.contactPerson();
            shown = old.contactPublic();
        } else if (named != null && named.equals(was)) {
            contact = old.contactPerson();
            shown = old.contactPublic() && now.isContactPublic();
        } else {
            contact = was == null ? null : PersonId.of(was);
            shown = now.isContactPublic();
        }
        return new CaseDraft(old.title(), old.summary(), organisation, old.partners(), old.sector(),
                old.yearStarted(), old.stage(), old.innovationType(), old.targetGroup(), old.novelty(), old.links(),
                old.tags(), old.effect(), old.process(), old.conditions(), old.documentation(), old.evidenceLevel(),
                old.results(), contact, old.contactRole(), contact != null && shown);
    }

    /**
     * Refuses naming as contact person anyone but the person saving it or a public employee of the case's
     * organisation, its parent or its units ({@link CaseContacts}; or keeping whom it names while the organisation
     * stays), removing another person
     * as contact unless staff do it, and showing a name publicly unless it is the person's own: whether their name is
     * public is the contact person's choice (GDPR).
     */
    private void refuseContactChange(LandscapeCase before, CaseRules.Checked checked) {
        long me = people.currentContributorId();
        Long was = before == null ? null : before.getContactPersonId();
        Long named = checked.contactPersonId();
        boolean mine = named != null && named == me;
        boolean moved = before != null && before.getOrganisationId() != checked.organisationId();
        if (!Objects.equals(was, named) || moved) {
            if (named != null && !mine && !contacts.mayBeContact(OrganisationId.of(checked.organisationId()),
                    PersonId.of(named))) {
                throw refused("contactPerson", "landscape.case.contactPerson.not-colleague");
            }
            if (named == null && was != me && !viewer(before).staff()) {
                throw refused("contactPerson", "landscape.case.contactPerson.not-removable");
            }
        }
        boolean wasShown = before != null && before.isContactPublic() && Objects.equals(was, named);
        if (checked.contactPublic() && !wasShown && !mine) {
            throw refused("contactPublic", "landscape.case.contactPublic.not-yours");
        }
    }

    /** Tells a person the case now names them its contact person, unless they named themselves (after commit). */
    private void tellNewContact(LandscapeCase found, Long before) {
        Long named = found.getContactPersonId();
        long me = people.currentContributorId();
        if (named != null && !named.equals(before) && named != me) {
            events.publishEvent(new CaseContactNamed(found.caseId(), named, me));
        }
    }

    /**
     * Refuses an edit or restore of a case under review or published that leaves it without what it has: its contact
     * person, their role or the text of a qualification section. What it lacked already (published before the four
     * sections were required, or its contact stepped down) stays missing until written, so staff may still correct
     * or take down other text; submit and publish require all of it (decision 014).
     */
    private static void refuseEmptying(LandscapeCase before, CaseRules.Checked after) {
        if (before.getStatus() == CaseStatus.DRAFT || before.getStatus() == CaseStatus.RETURNED) {
            return;
        }
        Map<String, String> missing = new LinkedHashMap<>(CaseRules.missingContact(after.contactPersonId(),
                after.contactRole(), "keep"));
        missing.putAll(CaseRules.missingQualification(after.effect(), after.process(), after.conditions(),
                after.documentation(), "keep"));
        missing.keySet().removeAll(CaseRules.missingContact(before.getContactPersonId(), before.getContactRole(),
                "keep").keySet());
        missing.keySet().removeAll(missingQualification(before, "keep").keySet());
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
    }

    /**
     * Refuses a case without a contact person or their role ({@link CaseRules#missingContact}) or without any of its
     * four qualification sections ({@code missingQualification}), every problem at once.
     */
    private static void refuseIncomplete(Long contactPersonId, String contactRole,
                                         Map<String, String> missingQualification, String problem) {
        Map<String, String> missing = new LinkedHashMap<>(CaseRules.missingContact(contactPersonId, contactRole,
                problem));
        missing.putAll(missingQualification);
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
    }

    private static Map<String, String> missingQualification(LandscapeCase found, String problem) {
        return CaseRules.missingQualification(found.getEffect(), found.getProcess(), found.getConditions(),
                found.getDocumentation(), problem);
    }

    /** The draft by the rules, its organisation known and its title free in it (but for the case itself). */
    private CaseRules.Checked checked(CaseDraft draft, Long except) {
        CaseRules.Checked checked = CaseRules.check(draft, LocalDate.now(clock.withZone(DateFormats.DANISH_TIME)));
        if (organisations.find(draft.organisation()).isEmpty()) {
            throw refused("organisation", "landscape.case.organisation.unknown");
        }
        if (cases.titleTaken(checked.organisationId(), checked.title(), except)) {
            throw refused("title", "landscape.case.title.taken");
        }
        if (checked.contactPersonId() != null
                && people.authors(List.of(PersonId.of(checked.contactPersonId()))).isEmpty()) {
            throw refused("contactPerson", "landscape.case.contactPerson.unknown");
        }
        return checked;
    }

    /**
     * Saves a changed case as a new version of it. An editor's change of a published case waits for staff to look at
     * it ({@link CasePatrol}); staff's own changes count as seen.
     */
    private void saveChanged(LandscapeCase found) {
        if (!viewer(found).staff()) {
            found.changedByEditors(clock.instant());
        }
        saveChecked(found);
    }

    /** Saves and flushes, so a title taken meanwhile (the unique key) is refused as such, with nothing stored. */
    private void saveChecked(LandscapeCase found) {
        try {
            cases.saveAndFlush(found);
        } catch (DataIntegrityViolationException sameTitleMeanwhile) {
            throw refused("title", "landscape.case.title.taken");
        }
    }

    /** The case locked for a change; unknown to whoever may not read it. */
    private LandscapeCase forChange(CaseId id) {
        LandscapeCase found = cases.findForChange(id.value()).orElseThrow(() -> refused(WHOLE_CASE,
                "landscape.case.unknown"));
        if (!CasePolicy.mayRead(found.getStatus(), viewer(found))) {
            throw refused(WHOLE_CASE, "landscape.case.unknown");
        }
        return found;
    }

    /** Refuses a change made to an older version than the one saved last. */
    private static void refuseUnlessCurrent(LandscapeCase found, long version) {
        refuseUnlessCurrent(found, version, "landscape.case.changed-meanwhile");
    }

    /** Refuses a staff decision on an older version than the one saved last: they must read the new one first. */
    private static void refuseUnlessDecidedOnCurrent(LandscapeCase found, long version) {
        refuseUnlessCurrent(found, version, "landscape.case.changed-before-decision");
    }

    private static void refuseUnlessCurrent(LandscapeCase found, long version, String messageKey) {
        if (found.getVersion() != version) {
            throw refused(WHOLE_CASE, messageKey);
        }
    }

    private CasePolicy.Viewer viewer(LandscapeCase found) {
        return viewers.of(found);
    }

    private void describe(String key) {
        entityManager.flush();
        revisions.describeCurrent(EditSummary.of(Phrase.of(key)), null, null);
    }

    private static InvalidInputException refused(String field, String key) {
        return new InvalidInputException(Map.of(field, key));
    }
}
