package dk.coi.portal.landscape;

import dk.coi.portal.identity.CurrentPerson;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.internal.Adoption;
import dk.coi.portal.landscape.internal.AdoptionRepository;
import dk.coi.portal.landscape.internal.AdoptionRules;
import dk.coi.portal.landscape.internal.CaseRepository;
import dk.coi.portal.landscape.internal.LandscapeCase;
import dk.coi.portal.landscape.internal.RegisteredWorkplace;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationScreen;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationSummary;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.MarkdownService;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spreading: a public employee records that their workplace reused a published case (an adoption, once per
 * workplace and case), optionally registering its own case draft linked to the original, which makes the lineage
 * A → B → C; a case's page shows its adopters and lineage ({@link #spreading}); the case's editors and contact person
 * hear of a new adoption ({@link CaseAdopted}). Every refusal is an {@link InvalidInputException} with a translation
 * key per field, all at once, with nothing stored.
 */
@Service
public class Adoptions {


    private final AdoptionRepository adoptions;
    private final CaseRepository cases;
    private final CaseService caseService;
    private final OrganisationService organisations;
    private final PersonService people;
    private final MarkdownService markdown;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EntityManager entityManager;
    private final RegisteredWorkplace workplaces;

    Adoptions(AdoptionRepository adoptions, CaseRepository cases, CaseService caseService,
              OrganisationService organisations, PersonService people, MarkdownService markdown,
              ApplicationEventPublisher events, Clock clock, EntityManager entityManager,
              RegisteredWorkplace workplaces) {
        this.entityManager = entityManager;
        this.workplaces = workplaces;
        this.adoptions = adoptions;
        this.cases = cases;
        this.caseService = caseService;
        this.organisations = organisations;
        this.people = people;
        this.markdown = markdown;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records that a workplace reused a published case; refused when the workplace is unknown, is the case's own
     * organisation or already recorded reusing it, or when any rule of {@link AdoptionRules} fails. With
     * {@code registerOwnCase} the workplace's own case draft is registered too (owned by the caller, its novelty
     * "copied" or "adapted", what was changed as its process), in the same transaction.
     */
    @PreAuthorize("hasRole('EMPLOYEE')")
    @Transactional
    public AdoptionId adopt(CaseId id, AdoptionDraft draft) {
        LandscapeCase original = cases.findForChange(id.value()).filter(found -> found.getStatus()
                == CaseStatus.PUBLISHED).orElseThrow(() -> refused("case", "landscape.case.unknown"));
        Optional<OrganisationSummary> workplace = Optional.ofNullable(draft.workplace()).flatMap(organisations::find);
        // Every refusal at once: the workplace's, the own case title's and the rules'.
        Map<String, String> problems = new LinkedHashMap<>();
        String workplaceProblem = workplaceProblem(draft, workplace, original);
        if (workplaceProblem != null) {
            problems.put("workplace", workplaceProblem);
        } else if (draft.registerOwnCase() && workplace.isPresent() && cases.titleTaken(
                workplace.get().id().value(), ownCaseTitle(draft, original, workplace.get()), null)) {
            problems.put("ownCaseTitle", "landscape.case.title.taken");
        }
        AdoptionRules.Checked checked;
        try {
            checked = AdoptionRules.check(draft, YearMonth.now(clock.withZone(DateFormats.DANISH_TIME)),
                    original.getYearStarted());
        } catch (InvalidInputException refused) {
            throw withProblems(refused, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // A merged duplicate's id is recorded as the organisation kept, so one workplace adopts a case once.
        long adopter = workplace.orElseThrow().id().value();
        Adoption adoption = new Adoption(original.getId(), new AdoptionRules.Checked(adopter, checked.kind(),
                checked.adoptedIn(), checked.changes(), checked.results()), people.currentContributorId(),
                clock.instant());
        try {
            adoptions.saveAndFlush(adoption);
        } catch (DataIntegrityViolationException adoptedMeanwhile) {
            throw refused("workplace", "landscape.adoption.workplace.already");
        }
        if (draft.registerOwnCase()) {
            String title = ownCaseTitle(draft, original, workplace.get());
            try {
                adoption.registeredAs(caseService.register(ownCase(original, title, checked,
                        OrganisationId.of(adopter), PersonId.of(people.currentContributorId()))).value());
            } catch (InvalidInputException refused) {
                // The own case's rules (a title taken in the workplace, too long) are said at its title's field.
                Map<String, String> ownCaseProblems = new LinkedHashMap<>();
                refused.fieldMessageKeys().forEach((field, key) -> ownCaseProblems.put(
                        field.equals("title") ? "ownCaseTitle" : field, key));
                throw new InvalidInputException(ownCaseProblems);
            }
        }
        // The catalogue orders by how often a case was reused: its document counts the adoptions.
        Search.session(entityManager).indexingPlan().addOrUpdate(original);
        events.publishEvent(new CaseAdopted(original.caseId(), adoption.adoptionId(), people.currentContributorId()));
        return adoption.adoptionId();
    }

    private String workplaceProblem(AdoptionDraft draft, Optional<OrganisationSummary> workplace,
                                    LandscapeCase original) {
        if (draft.workplace() == null) {
            return null;
        }
        if (workplace.isEmpty()) {
            return "landscape.adoption.workplace.unknown";
        }
        if (workplace.get().id().equals(ownOrganisation(original))) {
            return "landscape.adoption.workplace.own";
        }
        if (adoptions.existsByCaseIdAndOrganisationId(original.getId(), workplace.get().id().value())) {
            return "landscape.adoption.workplace.already";
        }
        return null;
    }

    /** The case's organisation, the one kept when it was merged into another. */
    private OrganisationId ownOrganisation(LandscapeCase kase) {
        return organisations.find(OrganisationId.of(kase.getOrganisationId())).map(OrganisationSummary::id)
                .orElse(OrganisationId.of(kase.getOrganisationId()));
    }

    /**
     * The adopting workplace's own case, as a draft its editors complete before submitting it; its contact is the
     * person recording the reuse (their role still to be written), as a case needs a contact to be submitted.
     */
    private static CaseDraft ownCase(LandscapeCase original, String title, AdoptionRules.Checked adoption,
                                     OrganisationId workplace, PersonId recorder) {
        return new CaseDraft(title, original.getSummary(), workplace, null, original.getSector(),
                adoption.adoptedIn().getYear(), CaseStage.PILOT, original.getInnovationType(),
                original.getTargetGroup(), adoption.kind().novelty(), List.of(), original.getTags(), null,
                adoption.changes(), original.getConditions(), null, EvidenceLevel.NOT_EVALUATED, List.of(), recorder,
                null, false);
    }

    /**
     * How a published case spread, as its page shows it to the current person; empty when there is no such published
     * case.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<CaseSpreading> spreading(CaseId id) {
        Optional<LandscapeCase> found = cases.findById(id.value())
                .filter(kase -> kase.getStatus() == CaseStatus.PUBLISHED);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LandscapeCase kase = found.get();
        List<CaseSpreading.Adopter> adopters = new ArrayList<>();
        List<Adoption> reuses = adoptions.findByCaseIdOrderByAdoptedInDescIdDesc(kase.getId());
        Map<Long, LandscapeCase> own = publishedById(reuses.stream().map(Adoption::getAdoptingCaseId).toList());
        for (Adoption reuse : reuses) {
            Optional<OrganisationSummary> organisation = organisations.find(OrganisationId.of(
                    reuse.getOrganisationId()));
            LandscapeCase ownCase = own.get(reuse.getAdoptingCaseId());
            organisation.ifPresent(workplace -> adopters.add(new CaseSpreading.Adopter(reuse.adoptionId(),
                    workplace, reuse.getKind(), reuse.getAdoptedIn(), markdown.render(reuse.getChanges()),
                    reuse.getResults(), ownCase == null ? null : CaseRoutes.kase(ownCase.caseId(), ownCase.getTitle()),
                    ownCase == null ? null : ownCase.getTitle())));
        }
        Optional<CurrentPerson> person = people.currentPerson();
        boolean contactIsMe = person.isPresent() && kase.getContactPersonId() != null
                && kase.getContactPersonId() == person.get().id();
        boolean mayRequestContact = person.isPresent() && kase.getContactPersonId() != null && !contactIsMe;
        boolean mayAdopt = person.filter(me -> me.has(Role.EMPLOYEE)).isPresent();
        // Only the reuse form uses the own workplace: its look-ups are spared every other reader and the open data.
        OrganisationSummary ownWorkplace = mayAdopt ? workplaces.ofCurrentEmployee()
                .filter(mine -> !mine.id().equals(ownOrganisation(kase))).orElse(null) : null;
        return Optional.of(new CaseSpreading(kase.caseId(), kase.getTitle(), CaseRoutes.kase(kase.caseId(),
                kase.getTitle()), ownOrganisation(kase), adopters, ancestors(kase.getId()), descendants(kase.getId()),
                kase.getContactPersonId() != null, mayAdopt, mayRequestContact,
                mayRequestContact ? ContactRequests.onBehalfOf(people) : null, ownWorkplace, contactIsMe));
    }

    /**
     * A page of every reuse of a published case, oldest recorded first ({@code page} from 0, {@code size} a page), as
     * open data: the case, the workplace, how and since when, what it changed (rendered) and its results, and its own
     * case when that is published. Never who recorded it.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public PublishedAdoptions published(int page, int size) {
        Page<Adoption> found = adoptions.ofPublishedCases(PageRequest.of(page, size));
        Map<Long, LandscapeCase> own = publishedById(found.getContent().stream().map(Adoption::getAdoptingCaseId)
                .toList());
        return new PublishedAdoptions(found.getContent().stream().map(adoption -> new PublishedAdoption(
                adoption.adoptionId(), CaseId.of(adoption.getCaseId()),
                organisations.find(OrganisationId.of(adoption.getOrganisationId())).orElse(null), adoption.getKind(),
                adoption.getAdoptedIn(), markdown.render(adoption.getChanges()), adoption.getResults(),
                own.containsKey(adoption.getAdoptingCaseId()) ? CaseId.of(adoption.getAdoptingCaseId()) : null))
                .toList(), found.getTotalElements());
    }

    /** How many workplaces reused each case (0 for a case not reused), for lists sorted by reuse. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Map<CaseId, Long> reuseCounts(Collection<CaseId> ids) {
        Map<Long, Long> counted = adoptions.countByCase(ids.stream().map(CaseId::value).toList()).stream()
                .collect(Collectors.toMap(AdoptionRepository.ReuseCount::getCaseId,
                        AdoptionRepository.ReuseCount::getCount));
        return ids.stream().distinct().collect(Collectors.toMap(id -> id, id -> counted.getOrDefault(id.value(), 0L)));
    }

    /** The most reused published cases and every reuse of a published case, for the landscape's spreading page. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public SpreadingOverview overview() {
        List<AdoptionRepository.ReuseCount> most = adoptions.mostReused(Limit.of(SpreadingOverview.MOST_REUSED));
        List<Adoption> all = adoptions.ofPublishedCases();
        Map<Long, LandscapeCase> about = publishedById(Stream.concat(
                most.stream().map(AdoptionRepository.ReuseCount::getCaseId), all.stream().map(Adoption::getCaseId))
                .collect(Collectors.toSet()));
        Map<Long, Optional<OrganisationScreen>> places = new HashMap<>();
        Function<Long, Optional<OrganisationScreen>> place = organisation -> places
                .computeIfAbsent(organisation, id -> organisations.screen(OrganisationId.of(id)));
        List<SpreadingOverview.ReusedCase> reused = most.stream().filter(count -> about.containsKey(count.getCaseId()))
                .map(count -> {
                    LandscapeCase kase = about.get(count.getCaseId());
                    return new SpreadingOverview.ReusedCase(kase.caseId(), kase.getTitle(), name(place.apply(
                            kase.getOrganisationId())), CaseRoutes.kase(kase.caseId(), kase.getTitle()),
                            count.getCount());
                }).toList();
        List<SpreadingOverview.Flow> flows = all.stream().filter(adoption -> about.containsKey(adoption.getCaseId()))
                .sorted(Comparator.comparing(Adoption::getAdoptedIn).reversed())
                .map(adoption -> {
                    LandscapeCase kase = about.get(adoption.getCaseId());
                    Optional<OrganisationScreen> from = place.apply(kase.getOrganisationId());
                    Optional<OrganisationScreen> to = place.apply(adoption.getOrganisationId());
                    return new SpreadingOverview.Flow(kase.getTitle(), CaseRoutes.kase(kase.caseId(),
                            kase.getTitle()), name(from), from.map(OrganisationScreen::municipality).orElse(null),
                            name(to), to.map(OrganisationScreen::municipality).orElse(null), adoption.getKind(),
                            adoption.getAdoptedIn());
                }).toList();
        return new SpreadingOverview(reused, flows);
    }

    private static String name(Optional<OrganisationScreen> organisation) {
        return organisation.map(found -> found.organisation().name()).orElse("");
    }

    /** The published cases it descends from, its first original first; each case once, so a cycle ends. */
    private List<CaseSpreading.LineageStep> ancestors(long caseId) {
        List<CaseSpreading.LineageStep> steps = new ArrayList<>();
        Set<Long> seen = new HashSet<>(Set.of(caseId));
        List<Long> current = List.of(caseId);
        for (int depth = 1; !current.isEmpty(); depth++) {
            List<Long> originals = adoptions.findByAdoptingCaseIdIn(current).stream().map(Adoption::getCaseId)
                    .filter(seen::add).toList();
            Map<Long, LandscapeCase> published = publishedById(originals);
            for (Long original : originals) {
                if (published.containsKey(original)) {
                    steps.add(step(published.get(original), depth));
                }
            }
            current = originals.stream().filter(published::containsKey).toList();
        }
        Collections.reverse(steps);
        return steps;
    }

    /** The published cases adopted from it, recursively, each after the case it was adopted from; each once. */
    private List<CaseSpreading.LineageStep> descendants(long caseId) {
        List<CaseSpreading.LineageStep> steps = new ArrayList<>();
        descend(caseId, 1, new HashSet<>(Set.of(caseId)), steps);
        return steps;
    }

    private void descend(long caseId, int depth, Set<Long> seen, List<CaseSpreading.LineageStep> steps) {
        List<Long> children = adoptions.findByCaseIdIn(List.of(caseId)).stream().map(Adoption::getAdoptingCaseId)
                .filter(child -> child != null && seen.add(child)).sorted().toList();
        Map<Long, LandscapeCase> published = publishedById(children);
        for (Long child : children) {
            if (published.containsKey(child)) {
                steps.add(step(published.get(child), depth));
                descend(child, depth + 1, seen, steps);
            }
        }
    }

    private CaseSpreading.LineageStep step(LandscapeCase kase, int depth) {
        return new CaseSpreading.LineageStep(kase.caseId(), kase.getTitle(), organisations.find(OrganisationId.of(
                kase.getOrganisationId())).map(OrganisationSummary::name).orElse(""),
                CaseRoutes.kase(kase.caseId(), kase.getTitle()), depth);
    }

    private Map<Long, LandscapeCase> publishedById(Collection<Long> ids) {
        List<Long> given = ids.stream().filter(Objects::nonNull).toList();
        Map<Long, LandscapeCase> published = new HashMap<>();
        if (!given.isEmpty()) {
            cases.findByIdIn(given).stream().filter(kase -> kase.getStatus() == CaseStatus.PUBLISHED)
                    .forEach(kase -> published.put(kase.getId(), kase));
        }
        return published;
    }

    private static InvalidInputException withProblems(InvalidInputException refused, Map<String, String> more) {
        Map<String, String> problems = new LinkedHashMap<>(refused.fieldMessageKeys());
        more.forEach(problems::putIfAbsent);
        return new InvalidInputException(problems);
    }

    /** The own case's title: the person's, or when they left it empty the case's "i" the workplace. */
    private static String ownCaseTitle(AdoptionDraft draft, LandscapeCase original, OrganisationSummary workplace) {
        return draft.ownCaseTitle() == null || draft.ownCaseTitle().isBlank()
                ? AdoptionDraft.ownCaseTitle(original.getTitle(), workplace.name()) : draft.ownCaseTitle().strip();
    }

    private static InvalidInputException refused(String field, String key) {
        return new InvalidInputException(Map.of(field, key));
    }
}
