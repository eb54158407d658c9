package dk.coi.portal.landscape;

import dk.coi.portal.identity.Author;
import dk.coi.portal.identity.CurrentPerson;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.internal.CaseEditor;
import dk.coi.portal.landscape.internal.CaseEditorRepository;
import dk.coi.portal.landscape.internal.CasePolicy;
import dk.coi.portal.landscape.internal.CaseRepository;
import dk.coi.portal.landscape.internal.CaseRules;
import dk.coi.portal.landscape.internal.LandscapeCase;
import dk.coi.portal.landscape.internal.LandscapeCaseResult;
import dk.coi.portal.organisation.Municipality;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationScreen;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationSummary;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.MarkdownService;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.Reason;
import dk.coi.portal.shared.SafeHtml;
import dk.coi.portal.shared.TextDiff;
import dk.coi.portal.shared.revision.EditSummary;
import dk.coi.portal.shared.revision.PortalRevision;
import dk.coi.portal.shared.revision.Revisions;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final CaseRepository cases;
    private final CaseEditorRepository editors;
    private final OrganisationService organisations;
    private final PersonService people;
    private final MarkdownService markdown;
    private final Revisions revisions;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseService(CaseRepository cases, CaseEditorRepository editors, OrganisationService organisations,
                PersonService people, MarkdownService markdown, Revisions revisions, EntityManager entityManager,
                ApplicationEventPublisher events, Clock clock) {
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
        LandscapeCase kase = new LandscapeCase(checked, people.currentContributorId(), clock.instant());
        saveChecked(kase);
        describe("landscape.case.revision.registered");
        return kase.caseId();
    }

    /**
     * Its editors or staff change a case's content; {@code version} is the one they edited, and a change saved since
     * is refused with a message saying so. A published case stays published; a returned one stays returned until it
     * is submitted again.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void edit(CaseId id, CaseDraft draft, long version) {
        LandscapeCase kase = forChange(id);
        if (!viewer(kase).mayEdit()) {
            throw refused("case", "landscape.case.not-yours");
        }
        refuseUnlessCurrent(kase, version);
        CaseRules.Checked checked = checked(draft, kase.getId());
        if (kase.change(checked)) {
            saveChecked(kase);
            describe("landscape.case.revision.edited");
        }
    }

    /** Its editors submit a draft or returned case to COI staff for review. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void submit(CaseId id) {
        LandscapeCase kase = forChange(id);
        if (!CasePolicy.maySubmit(kase.getStatus(), viewer(kase))) {
            throw refused("case", "landscape.case.not-submittable");
        }
        kase.submit(clock.instant());
    }

    /** Staff publish a submitted case; its owner is told, and it counts as confirmed up to date now. */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void publish(CaseId id) {
        LandscapeCase kase = forChange(id);
        if (!CasePolicy.mayReview(kase.getStatus(), viewer(kase))) {
            throw refused("case", "landscape.case.not-submitted");
        }
        kase.publish(clock.instant());
        events.publishEvent(new CasePublished(kase.caseId(), kase.getOwnerId(), people.currentContributorId()));
    }

    /** Staff send a submitted case back to its editors with a comment saying what to change (required). */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void sendBack(CaseId id, String comment) {
        Reason reason = Reason.required(comment);
        LandscapeCase kase = forChange(id);
        if (!CasePolicy.mayReview(kase.getStatus(), viewer(kase))) {
            throw refused("case", "landscape.case.not-submitted");
        }
        kase.sendBack(reason.text());
        events.publishEvent(new CaseReturned(kase.caseId(), kase.getOwnerId(), people.currentContributorId(),
                reason.text()));
    }

    /** Its editors or staff confirm a published case is up to date (its "last confirmed" date becomes today). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void confirmUpToDate(CaseId id) {
        LandscapeCase kase = forChange(id);
        if (!CasePolicy.mayConfirm(kase.getStatus(), viewer(kase))) {
            throw refused("case", "landscape.case.not-confirmable");
        }
        kase.confirm(clock.instant());
    }

    /** The owner or staff let another person of the portal edit the case too. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void addEditor(CaseId id, PersonId person) {
        LandscapeCase kase = forChange(id);
        CasePolicy.Viewer viewer = viewer(kase);
        long me = people.currentContributorId();
        if (!viewer.staff() && kase.getOwnerId() != me) {
            throw refused("case", "landscape.case.not-owner");
        }
        if (people.authors(List.of(person)).isEmpty()) {
            throw refused("editor", "landscape.case.editor.unknown");
        }
        if (kase.getOwnerId() != person.value() && !editors.existsByCaseIdAndPersonId(kase.getId(), person.value())) {
            editors.save(new CaseEditor(kase.getId(), person.value()));
        }
    }

    /**
     * Its editors or staff restore the case's content as an earlier revision left it (results too), as a new named
     * revision; its review state stays. {@code version} is the one they saw.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void restore(CaseId id, long revision, long version) {
        LandscapeCase kase = forChange(id);
        if (!viewer(kase).mayEdit()) {
            throw refused("case", "landscape.case.not-yours");
        }
        refuseUnlessCurrent(kase, version);
        if (!revisions.revisionsOf(LandscapeCase.class, kase.getId()).contains(revision)) {
            throw refused("case", "landscape.case.revision.unknown");
        }
        LandscapeCase old = revisions.stateAt(LandscapeCase.class, kase.getId(), revision);
        CaseDraft draft = draftOf(old);
        CaseRules.Checked checked = checked(draft, kase.getId());
        if (kase.change(checked)) {
            saveChecked(kase);
            entityManager.flush();
            revisions.describeCurrent(EditSummary.of(Phrase.of("landscape.case.revision.restored",
                    versionNumber(kase.getId(), revision))), null, null);
        }
    }

    /** A case as its page shows it to the current person; empty when there is none or they may not see it yet. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<CaseScreen> screen(CaseId id) {
        return cases.findById(id.value()).filter(kase -> CasePolicy.mayRead(kase.getStatus(), viewer(kase)))
                .map(this::screenOf);
    }

    /** A case as its edit form opens it; empty when there is none or the person may not edit it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<CaseEditing> editing(CaseId id) {
        return cases.findById(id.value()).filter(kase -> viewer(kase).mayEdit())
                .map(kase -> new CaseEditing(kase.caseId(), draftOf(kase), kase.getVersion(), kase.getStatus(),
                        kase.getStaffComment(), CaseRoutes.kase(kase.caseId(), kase.getTitle())));
    }

    /** The cases the signed-in person owns or co-edits, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CaseLine> mine() {
        return lines(cases.findEditableBy(people.currentContributorId()));
    }

    /** Staff's review queue: the submitted cases, longest waiting first. */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional(readOnly = true)
    public List<CaseLine> reviewQueue() {
        return lines(cases.findByStatusOrderBySubmittedAtAsc(CaseStatus.SUBMITTED));
    }

    /** Every published case as a card, newest first (for lists, the map and the open-data API). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<CaseCard> publishedCards() {
        List<LandscapeCase> published = cases.findByStatusOrderByPublishedAtDesc(CaseStatus.PUBLISHED);
        Map<Long, OrganisationScreen> places = new HashMap<>();
        return published.stream().map(kase -> card(kase, places.computeIfAbsent(kase.getOrganisationId(),
                organisation -> organisations.screen(OrganisationId.of(organisation)).orElse(null)))).toList();
    }

    /** A page (from 0) of the published cases as cards, newest first, {@link CaseCards#PAGE_SIZE} a page. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public CaseCards publishedPage(int page) {
        Page<LandscapeCase> found = cases.findByStatus(CaseStatus.PUBLISHED, PageRequest.of(Math.max(page, 0),
                CaseCards.PAGE_SIZE, Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"))));
        Map<Long, OrganisationScreen> places = new HashMap<>();
        Map<Integer, String> municipalities = new HashMap<>();
        List<CaseCard> cards = found.getContent().stream().map(kase -> card(kase, places.computeIfAbsent(
                kase.getOrganisationId(), organisation -> organisations.screen(OrganisationId.of(organisation))
                        .orElse(null)))).toList();
        places.values().stream().filter(Objects::nonNull).map(OrganisationScreen::municipality)
                .filter(Objects::nonNull).forEach(place -> municipalities.put(place.code(), place.name()));
        return new CaseCards(cards, municipalities, Math.max(page, 0), found.getTotalPages(),
                found.getTotalElements());
    }

    /** What the current person may start in the landscape (the same rules {@link #register} and review check). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public CaseEntry entry() {
        Optional<CurrentPerson> person = people.currentPerson();
        boolean staff = person.filter(found -> found.has(Role.COI_STAFF)).isPresent();
        return new CaseEntry(person.isPresent(), person.filter(found -> found.has(Role.EMPLOYEE)).isPresent(), staff,
                staff ? cases.countByStatus(CaseStatus.SUBMITTED) : 0);
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
     * are given (or {@code to} and the one before it); empty when the person may not read its history.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<CaseHistory> history(CaseId id, Long from, Long to) {
        Optional<LandscapeCase> found = cases.findById(id.value());
        if (found.isEmpty() || !CasePolicy.mayReadHistory(found.get().getStatus(), viewer(found.get()))) {
            return Optional.empty();
        }
        LandscapeCase kase = found.get();
        List<Long> numbers = revisions.revisionsOf(LandscapeCase.class, kase.getId());
        Map<Long, PortalRevision> stored = revisions.find(numbers);
        Map<PersonId, Author> authors = people.authors(stored.values().stream().map(PortalRevision::getPersonId)
                .filter(Objects::nonNull).map(PersonId::of).toList());
        List<Long> oldestFirst = numbers.stream().sorted().toList();
        List<CaseRevision> lines = oldestFirst.stream().map(stored::get).map(revision -> new CaseRevision(
                        revision.getId(), oldestFirst.indexOf(revision.getId()) + 1, revision.getTime(),
                        revision.getPersonId() == null ? null : Optional.ofNullable(authors.get(
                                PersonId.of(revision.getPersonId()))).map(Author::displayName).orElse(null),
                        revision.getSummary()))
                .sorted(Comparator.comparingLong(CaseRevision::revision).reversed()).toList();
        Long older = from;
        if (to != null && older == null) {
            older = oldestFirst.stream().filter(number -> number < to).reduce((a, b) -> b).orElse(null);
        }
        CaseHistory.Comparison diff = null;
        if (to != null && older != null && numbers.contains(to) && numbers.contains(older)
                && !older.equals(to)) {
            long first = Math.min(older, to);
            long second = Math.max(older, to);
            diff = new CaseHistory.Comparison(line(lines, first), line(lines, second), fieldDiffs(
                    revisions.stateAt(LandscapeCase.class, kase.getId(), first),
                    revisions.stateAt(LandscapeCase.class, kase.getId(), second)));
        }
        return Optional.of(new CaseHistory(screenOf(kase), lines, diff, viewer(kase).mayEdit()));
    }

    private static CaseRevision line(List<CaseRevision> lines, long revision) {
        return lines.stream().filter(line -> line.revision() == revision).findFirst().orElseThrow();
    }

    private int versionNumber(long caseId, long revision) {
        return revisions.revisionsOf(LandscapeCase.class, caseId).stream().sorted().toList().indexOf(revision) + 1;
    }

    /** The fields that differ between two versions, each as a text difference, in the form's order. */
    private List<CaseHistory.FieldDiff> fieldDiffs(LandscapeCase before, LandscapeCase after) {
        Map<String, Function<LandscapeCase, String>> fields = new java.util.LinkedHashMap<>();
        fields.put("landscape.field.title", LandscapeCase::getTitle);
        fields.put("landscape.field.summary", LandscapeCase::getSummary);
        fields.put("landscape.field.organisation", kase -> organisations.find(OrganisationId.of(
                kase.getOrganisationId())).map(OrganisationSummary::name).orElse(""));
        fields.put("landscape.field.partners", LandscapeCase::getPartners);
        fields.put("landscape.field.sector", kase -> kase.getSector().name());
        fields.put("landscape.field.year", kase -> String.valueOf(kase.getYearStarted()));
        fields.put("landscape.field.stage", kase -> kase.getStage().name());
        fields.put("landscape.field.type", kase -> kase.getInnovationType().name());
        fields.put("landscape.field.target-group", LandscapeCase::getTargetGroup);
        fields.put("landscape.field.novelty", kase -> kase.getNovelty().name());
        fields.put("landscape.field.links", kase -> String.join("\n", kase.getLinks()));
        fields.put("landscape.field.tags", kase -> String.join(", ", kase.getTags()));
        fields.put("landscape.field.effect", LandscapeCase::getEffect);
        fields.put("landscape.field.process", LandscapeCase::getProcess);
        fields.put("landscape.field.conditions", LandscapeCase::getConditions);
        fields.put("landscape.field.documentation", LandscapeCase::getDocumentation);
        fields.put("landscape.field.evidence", kase -> kase.getEvidenceLevel().name());
        fields.put("landscape.field.results", CaseService::resultsText);
        fields.put("landscape.field.contact-role", LandscapeCase::getContactRole);
        List<CaseHistory.FieldDiff> diffs = new ArrayList<>();
        fields.forEach((label, value) -> {
            String was = Objects.requireNonNullElse(value.apply(before), "");
            String is = Objects.requireNonNullElse(value.apply(after), "");
            if (!was.equals(is)) {
                diffs.add(new CaseHistory.FieldDiff(label, TextDiff.between(was, is)));
            }
        });
        return diffs;
    }

    private static String resultsText(LandscapeCase kase) {
        return String.join("\n", kase.getResults().stream().map(LandscapeCaseResult::shown)
                .map(result -> String.join(" | ", result.metric(), result.unit(), result.baseline(),
                        result.target(), result.result(), result.comparisonGroup(), result.period(), result.source(),
                        result.expected() ? "expected " + result.followUp() : ""))
                .toList());
    }

    private CaseScreen screenOf(LandscapeCase kase) {
        CasePolicy.Viewer viewer = viewer(kase);
        Optional<OrganisationScreen> organisation = organisations.screen(OrganisationId.of(kase.getOrganisationId()));
        CaseContact contact = null;
        if (kase.getContactPersonId() != null || kase.getContactRole() != null) {
            String name = kase.getContactPersonId() != null && (kase.isContactPublic() || viewer.mayEdit())
                    ? people.authorName(PersonId.of(kase.getContactPersonId())).orElse(null) : null;
            contact = new CaseContact(name, kase.getContactRole());
        }
        return new CaseScreen(kase.caseId(), kase.getTitle(), kase.getSummary(),
                organisation.map(OrganisationScreen::organisation).orElse(null),
                organisation.map(OrganisationScreen::municipality).orElse(null), kase.getPartners(), kase.getSector(),
                kase.getYearStarted(), kase.getStage(), kase.getInnovationType(), kase.getTargetGroup(),
                kase.getNovelty(), kase.getLinks(), kase.getTags(), rendered(kase.getEffect()),
                rendered(kase.getProcess()), rendered(kase.getConditions()), rendered(kase.getDocumentation()),
                kase.getEvidenceLevel(), kase.getResults().stream().map(LandscapeCaseResult::shown).toList(), contact,
                kase.getStatus(), viewer.mayEdit() ? kase.getStaffComment() : null, kase.getPublishedAt(),
                kase.getConfirmedAt(), CaseRoutes.kase(kase.caseId(), kase.getTitle()),
                CasePolicy.actions(kase.getStatus(), viewer));
    }

    private SafeHtml rendered(String text) {
        return text == null ? null : markdown.render(text);
    }

    private static CaseCard card(LandscapeCase kase, OrganisationScreen organisation) {
        Municipality municipality = organisation == null ? null : organisation.municipality();
        return new CaseCard(kase.caseId(), kase.getTitle(), kase.getSummary(), OrganisationId.of(
                kase.getOrganisationId()), organisation == null ? "" : organisation.organisation().name(),
                organisation == null ? null : organisation.organisation().type(),
                municipality == null ? null : municipality.code(), kase.getSector(), kase.getStage(),
                kase.getInnovationType(), kase.getNovelty(), kase.getEvidenceLevel(), kase.getYearStarted(),
                kase.getPublishedAt(), kase.getConfirmedAt(), CaseRoutes.kase(kase.caseId(), kase.getTitle()));
    }

    private List<CaseLine> lines(List<LandscapeCase> found) {
        Map<Long, String> names = new HashMap<>();
        return found.stream().map(kase -> new CaseLine(kase.caseId(), kase.getTitle(),
                names.computeIfAbsent(kase.getOrganisationId(), organisation -> organisations.find(
                        OrganisationId.of(organisation)).map(OrganisationSummary::name).orElse("")),
                kase.getStatus(), kase.getSubmittedAt(), kase.getStaffComment(),
                CaseRoutes.kase(kase.caseId(), kase.getTitle()), CaseRoutes.edit(kase.caseId()))).toList();
    }

    private static CaseDraft draftOf(LandscapeCase kase) {
        return new CaseDraft(kase.getTitle(), kase.getSummary(), OrganisationId.of(kase.getOrganisationId()),
                kase.getPartners(), kase.getSector(), kase.getYearStarted(), kase.getStage(),
                kase.getInnovationType(), kase.getTargetGroup(), kase.getNovelty(), kase.getLinks(), kase.getTags(),
                kase.getEffect(), kase.getProcess(), kase.getConditions(), kase.getDocumentation(),
                kase.getEvidenceLevel(), kase.getResults().stream().map(LandscapeCaseResult::shown).toList(),
                kase.getContactPersonId() == null ? null : PersonId.of(kase.getContactPersonId()),
                kase.getContactRole(), kase.isContactPublic());
    }

    /** The draft by the rules, its organisation known and its title free in it (but for the case itself). */
    private CaseRules.Checked checked(CaseDraft draft, Long except) {
        CaseRules.Checked checked = CaseRules.check(draft, LocalDate.now(clock.withZone(DANISH_TIME)));
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

    /** Saves and flushes, so a title taken meanwhile (the unique key) is refused as such, with nothing stored. */
    private void saveChecked(LandscapeCase kase) {
        try {
            cases.saveAndFlush(kase);
        } catch (DataIntegrityViolationException sameTitleMeanwhile) {
            throw refused("title", "landscape.case.title.taken");
        }
    }

    /** The case locked for a change; unknown to whoever may not read it. */
    private LandscapeCase forChange(CaseId id) {
        LandscapeCase kase = cases.findForChange(id.value()).orElseThrow(() -> refused("case",
                "landscape.case.unknown"));
        if (!CasePolicy.mayRead(kase.getStatus(), viewer(kase))) {
            throw refused("case", "landscape.case.unknown");
        }
        return kase;
    }

    /** Refuses a change made to an older version than the one saved last. */
    private static void refuseUnlessCurrent(LandscapeCase kase, long version) {
        if (kase.getVersion() != version) {
            throw refused("case", "landscape.case.changed-meanwhile");
        }
    }

    private CasePolicy.Viewer viewer(LandscapeCase kase) {
        Optional<CurrentPerson> person = people.currentPerson();
        if (person.isEmpty()) {
            return CasePolicy.Viewer.ANONYMOUS;
        }
        long me = person.get().id();
        boolean editor = kase.getId() != null && (kase.getOwnerId() == me
                || editors.existsByCaseIdAndPersonId(kase.getId(), me));
        return new CasePolicy.Viewer(true, editor, person.get().has(Role.COI_STAFF));
    }

    private void describe(String key) {
        entityManager.flush();
        revisions.describeCurrent(EditSummary.of(Phrase.of(key)), null, null);
    }

    private static InvalidInputException refused(String field, String key) {
        return new InvalidInputException(Map.of(field, key));
    }
}
