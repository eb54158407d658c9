package dk.coi.portal.organisation;

import dk.coi.portal.identity.CurrentPerson;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.organisation.internal.DanishSpellings;
import dk.coi.portal.organisation.internal.Organisation;
import dk.coi.portal.organisation.internal.OrganisationFilter;
import dk.coi.portal.organisation.internal.OrganisationMergeRepository;
import dk.coi.portal.organisation.internal.OrganisationRepository;
import dk.coi.portal.organisation.internal.OrganisationRules;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.TextRules;
import dk.coi.portal.shared.map.MapMarker;
import dk.coi.portal.shared.map.MapPlace;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.hibernate.Session;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as everyone reads it (an organisation, its page, the autocomplete, the municipalities and regions, the
 * innovation units) and as employees add their own unit. A merged duplicate is found as the organisation kept.
 */
@Service
public class OrganisationService {

    /** How many organisations the autocomplete offers at most. */
    public static final int MOST_SUGGESTIONS = 20;
    /** How many organisations a page of the list shows. */
    public static final int PAGE_SIZE = 25;
    /** How many candidates the database hands over for the first word, before the other words narrow them. */
    private static final int MOST_CANDIDATES = 200;

    private final OrganisationRepository organisations;
    private final OrganisationMergeRepository merges;
    private final PersonService people;
    private final Clock clock;
    private final ObjectProvider<OrganisationSections> contributions;
    private final EntityManager entityManager;

    OrganisationService(OrganisationRepository organisations, OrganisationMergeRepository merges, PersonService people,
                        Clock clock, ObjectProvider<OrganisationSections> contributions, EntityManager entityManager) {
        this.contributions = contributions;
        this.entityManager = entityManager;
        this.organisations = organisations;
        this.merges = merges;
        this.people = people;
        this.clock = clock;
    }

    /** The organisation, or the one it was merged into; empty when there is none with that id. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> find(OrganisationId id) {
        return resolved(id).map(OrganisationService::summary);
    }

    /**
     * The names of organisations by the ids asked for (a merged duplicate's is the kept one's), for lists that name
     * the workplace of each line; an unknown id is left out. Each organisation is read once, however many lines name it.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Map<OrganisationId, String> names(Collection<OrganisationId> ids) {
        Map<OrganisationId, String> names = new HashMap<>();
        new HashSet<>(ids).forEach(id -> resolved(id).ifPresent(found -> names.put(id, found.getName())));
        return names;
    }

    /**
     * Where the organisations are, by the ids asked for (a merged duplicate's is the kept one's): name, level,
     * municipality and region, read in one query for a page of cards that each name their organisation; an unknown
     * id is left out.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Map<OrganisationId, OrganisationPlace> places(Collection<OrganisationId> ids) {
        return entityManager.unwrap(Session.class).doReturningWork(
                connection -> OrganisationPlaces.readAll(connection, ids));
    }

    /**
     * Whether the organisation is (still) merged into another: modules following a merge after it committed check
     * this first, as an undo may have come before them.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean stillMerged(OrganisationId id) {
        return organisations.findById(id.value()).filter(Organisation::isMerged).isPresent();
    }

    /** An organisation's page (a merged duplicate's is the kept one's), with what the current person may do. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<OrganisationScreen> screen(OrganisationId id) {
        return resolved(id).map(this::screenOf);
    }

    /**
     * An organisation's page as its views show it: its {@link #screen} and what other modules show about it
     * ({@link OrganisationSections}).
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<OrganisationPage> page(OrganisationId id) {
        return screen(id).map(screen -> new OrganisationPage(screen, sectionsOf(List.of(screen.organisation().id()))
                .getOrDefault(screen.organisation().id(), List.of())));
    }

    /** Every contributor's sections of the organisations, in the contributors' order; those with none left out. */
    private Map<OrganisationId, List<OrganisationSection>> sectionsOf(Collection<OrganisationId> ids) {
        Map<OrganisationId, List<OrganisationSection>> sections = new HashMap<>();
        if (ids.isEmpty()) {
            return sections;
        }
        contributions.orderedStream().forEach(contributor -> contributor.sectionsOf(ids).forEach(
                (id, section) -> sections.computeIfAbsent(id, ignored -> new ArrayList<>()).add(section)));
        return sections;
    }

    /**
     * The organisations with a word starting with each typed word (case and Danish letters as Danes compare them, in
     * any of its Danish spellings), municipalities first, then by name; nothing for nothing typed.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<OrganisationSummary> search(String typed) {
        List<String> words = Arrays.stream(TextRules.normalizeLine(typed).replaceAll("[%_\\\\]", " ").split(" "))
                .filter(word -> !word.isBlank()).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        Locale danish = Locale.of("da");
        // Each word in any of its Danish spellings ("Århus" for "Aarhus"), the spelling typed first.
        return DanishSpellings.of(words.getFirst()).stream()
                .flatMap(spelling -> organisations.findByNameWord(spelling, Limit.of(MOST_CANDIDATES)).stream())
                .distinct()
                .filter(candidate -> words.stream().allMatch(word -> DanishSpellings.of(word).stream()
                        .anyMatch(spelling -> hasWordStarting(candidate.getName(), spelling, danish))))
                .limit(MOST_SUGGESTIONS).map(OrganisationService::summary).toList();
    }

    /**
     * The municipality of a town's name as Danes write it ("Aarhus" or "Århus" for Aarhus Kommune, "København" or
     * "Københavns" for Københavns Kommune): one whose name without "Kommune" or "Regionskommune" (and the genitive
     * s before it) is the town, in any of its Danish spellings; empty when none is, as a word that merely starts a
     * municipality's name ("Nord", "Lem") is no town of it.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> municipalityOfTown(String town) {
        Set<String> spellings = DanishSpellings.of(TextRules.normalizeLine(town));
        return search(town).stream().filter(candidate -> candidate.type() == OrganisationType.MUNICIPALITY)
                .filter(candidate -> townsOf(candidate.name()).stream().anyMatch(spellings::contains))
                .findFirst();
    }

    /** A municipality's name as its town is written: "Københavns Kommune" as "københavns" and "københavn". */
    private static Set<String> townsOf(String municipality) {
        String lower = municipality.toLowerCase(Locale.ROOT);
        Set<String> towns = new HashSet<>();
        for (String suffix : List.of(" regionskommune", " kommune")) {
            if (lower.endsWith(suffix)) {
                String town = lower.substring(0, lower.length() - suffix.length());
                towns.add(town);
                if (town.endsWith("s")) {
                    towns.add(town.substring(0, town.length() - 1));
                }
            }
        }
        return towns;
    }

    /**
     * A page of the list of organisations by name (not the merged duplicates): those with every typed word somewhere
     * in their name, of the kind and in the region asked for, each with what it is and where. A page past the last is
     * empty (the list says so and links to the last).
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public OrganisationList list(OrganisationQuery query) {
        List<String> words = Arrays.stream(query.text().replaceAll("[%_\\\\]", " ").split(" "))
                .filter(word -> !word.isBlank()).toList();
        ReferenceData reference = referenceData();
        Organisation region = query.regionCode() == null ? null : reference.byCode().get(query.regionCode().shortValue());
        if (query.regionCode() != null && (region == null || region.getKind() != OrganisationType.REGION)) {
            return new OrganisationList(query, List.of(), 0, 0, reference.regions());
        }
        List<Short> inRegion = region == null ? List.of() : reference.byCode().values().stream()
                .filter(municipality -> region.getOfficialCode().equals(municipality.getRegionCode()))
                .map(Organisation::getOfficialCode).toList();
        Page<Organisation> page = organisations.findAll(
                OrganisationFilter.matching(words, query.kind(), region, inRegion),
                PageRequest.of(query.page(), PAGE_SIZE, Sort.by("name", "id")));
        Map<Long, String> parents = organisations.findAllById(page.getContent().stream().map(Organisation::getParentId)
                        .filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
        List<OrganisationListing> listings = page.getContent().stream().map(organisation -> {
            Organisation municipality = reference.municipalityOf(organisation);
            Organisation inside = reference.regionOf(organisation);
            return new OrganisationListing(summary(organisation), OrganisationRules.kindOf(organisation)
                    .describe(parents.get(organisation.getParentId())),
                    municipality == null || municipality.getId().equals(organisation.getId()) ? null : municipality.getName(),
                    inside == null ? null : inside.getName());
        }).toList();
        return new OrganisationList(query, listings, page.getTotalElements(), page.getTotalPages(),
                reference.regions());
    }

    /**
     * A page of the whole register as open data, in the order organisations were added ({@code page} from 0):
     * those of a government level and located in a municipality (by official code) when given, duplicates merged
     * away included (they name the organisation kept). Never who added an organisation.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public RegisteredOrganisations register(OrganisationType level, Integer municipalityCode, int page, int size) {
        ReferenceData reference = referenceData();
        Page<Organisation> found = organisations.findInRegister(level,
                municipalityCode == null ? null : municipalityCode.shortValue(), PageRequest.of(page, size,
                        Sort.by("id")));
        return new RegisteredOrganisations(found.getContent().stream().map(organisation -> {
            Organisation region = reference.regionOf(organisation);
            return new RegisteredOrganisation(summary(organisation), code(organisation.getOfficialCode()),
                    code(organisation.getMunicipalityCode()), region == null ? null : code(region.getOfficialCode()),
                    organisation.getParentId() == null ? null : OrganisationId.of(organisation.getParentId()),
                    organisation.isInnovationUnit(),
                    organisation.getMergedInto() == null ? null : OrganisationId.of(organisation.getMergedInto()));
        }).toList(), found.getTotalElements());
    }

    private static Integer code(Short code) {
        return code == null ? null : code.intValue();
    }

    /** The municipalities and regions by official code, read once for a list or a page. */
    private ReferenceData referenceData() {
        return new ReferenceData(organisations.findByOfficialCodeIsNotNull().stream()
                .collect(Collectors.toMap(Organisation::getOfficialCode, Function.identity())));
    }

    private record ReferenceData(Map<Short, Organisation> byCode) {

        /** The municipality the organisation is located in (a municipality's is itself); null for none. */
        Organisation municipalityOf(Organisation organisation) {
            return organisation.getMunicipalityCode() == null ? null : byCode.get(organisation.getMunicipalityCode());
        }

        /**
         * The region the organisation lies in: a municipality's own, a located organisation's municipality's, a
         * region's unit's parent; null for a region itself and for what lies in none.
         */
        Organisation regionOf(Organisation organisation) {
            Short code = organisation.getRegionCode();
            if (code == null && municipalityOf(organisation) != null) {
                code = municipalityOf(organisation).getRegionCode();
            }
            if (code == null && organisation.getParentId() != null) {
                code = byCode.values().stream().filter(region -> region.getKind() == OrganisationType.REGION
                        && region.getId().equals(organisation.getParentId())).map(Organisation::getOfficialCode)
                        .findFirst().orElse(null);
            }
            return code == null ? null : byCode.get(code);
        }

        List<Region> regions() {
            return byCode.values().stream().filter(found -> found.getKind() == OrganisationType.REGION)
                    .sorted(Comparator.comparing(Organisation::getName)).map(OrganisationService::region)
                    .toList();
        }
    }

    /** The 98 municipalities by name. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Municipality> municipalities() {
        return organisations.findByKindAndOfficialCodeIsNotNullOrderByName(OrganisationType.MUNICIPALITY).stream()
                .map(OrganisationService::municipality).toList();
    }

    /** The 5 regions by name. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Region> regions() {
        return organisations.findByKindAndOfficialCodeIsNotNullOrderByName(OrganisationType.REGION).stream()
                .map(OrganisationService::region).toList();
    }

    /** The organisations marked as innovation units, by name. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<OrganisationSummary> innovationUnits() {
        return organisations.findByInnovationUnitTrueAndMergedIntoIsNullOrderByName().stream()
                .map(OrganisationService::summary).toList();
    }

    /**
     * The innovation units on the map: each at its own centre (a municipality or region marked as one) or else at
     * its municipality's, grouped per place; the others (no municipality) apart.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public InnovationUnitMap innovationUnitMap() {
        List<Organisation> units = organisations.findByInnovationUnitTrueAndMergedIntoIsNullOrderByName();
        Map<Long, String> parents = organisations.findAllById(units.stream().map(Organisation::getParentId)
                .filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
        Map<Short, Organisation> municipalities = organisations.findByOfficialCodeIn(units.stream()
                        .map(Organisation::getMunicipalityCode).filter(Objects::nonNull).distinct().toList())
                .stream().filter(found -> found.getKind() == OrganisationType.MUNICIPALITY)
                .collect(Collectors.toMap(Organisation::getOfficialCode, found -> found));
        Map<Organisation, List<MapMarker>> placed = new TreeMap<>(
                Comparator.comparing(Organisation::getName).thenComparing(Organisation::getId));
        List<MapMarker> unplaced = new ArrayList<>();
        for (Organisation unit : units) {
            MapMarker marker = new MapMarker(unit.getName(),
                    OrganisationRoutes.organisation(unit.organisationId(), unit.getName()),
                    unit.getParentId() == null ? "" : parents.getOrDefault(unit.getParentId(), ""));
            Organisation place = unit.getLatitude() != null ? unit : municipalities.get(unit.getMunicipalityCode());
            if (place == null || place.getLatitude() == null) {
                unplaced.add(marker);
            } else {
                placed.computeIfAbsent(place, ignored -> new ArrayList<>()).add(marker);
            }
        }
        Map<OrganisationId, List<OrganisationSection>> sections = sectionsOf(units.stream()
                .map(Organisation::organisationId).toList());
        return new InnovationUnitMap(placed.entrySet().stream().map(entry -> MapPlace.of(entry.getKey().getName(),
                entry.getKey().getLatitude().doubleValue(), entry.getKey().getLongitude().doubleValue(),
                entry.getValue())).toList(), unplaced, units.stream().filter(unit -> sections.containsKey(
                        unit.organisationId())).map(unit -> new InnovationUnitMap.UnitSections(summary(unit),
                        sections.get(unit.organisationId()))).toList());
    }

    /** Every organisation's page address (not the merged duplicates'), for the sitemap. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<String> addresses() {
        return organisations.findByMergedIntoIsNullOrderById().stream().map(OrganisationService::summary)
                .map(OrganisationSummary::path).toList();
    }

    /**
     * An employee adds their own unit under an organisation, of the parent's government level and located in the
     * municipality given or else the parent's. Refused, with nothing stored, when the name is empty, too long, holds
     * characters no name needs, or is taken among the parent's units; or when the parent or municipality is unknown.
     */
    @PreAuthorize("hasRole('EMPLOYEE')")
    @Transactional
    public OrganisationId addUnit(NewUnit unit) {
        String name = TextRules.normalizeLine(unit.name());
        nameProblem(name).ifPresent(key -> {
            throw refused("name", key);
        });
        if (unit.parent() == null) {
            throw refused("parent", "organisation.parent.required");
        }
        Organisation found = resolved(unit.parent()).orElseThrow(() -> refused("parent", "organisation.parent.unknown"));
        // The parent locked, so two people adding the same name under it are told one after the other.
        Organisation parent = organisations.findForChange(found.getId()).orElseThrow();
        Short municipality = municipalityOf(organisations, unit.municipalityCode(), parent);
        if (organisations.existsByParentIdAndName(parent.getId(), name)) {
            throw refused("name", "organisation.name.taken");
        }
        try {
            return organisations.saveAndFlush(new Organisation(name, parent, municipality,
                    people.currentContributorId(), clock.instant())).organisationId();
        } catch (DataIntegrityViolationException sameNameMeanwhile) {
            throw refused("name", "organisation.name.taken");
        }
    }

    /**
     * The code of the municipality a unit of {@code parent} (null: at the top) is located in: the one given, or else
     * the parent's. Refused for an unknown municipality or another than a municipality parent.
     */
    static Short municipalityOf(OrganisationRepository organisations, Integer code, Organisation parent) {
        boolean parentIsMunicipality = parent != null && parent.getKind() == OrganisationType.MUNICIPALITY
                && parent.hasOfficialCode();
        if (code == null) {
            return parent == null ? null : parent.getMunicipalityCode();
        }
        Organisation municipality = code < Short.MIN_VALUE || code > Short.MAX_VALUE ? null
                : organisations.findByOfficialCode(code.shortValue())
                        .filter(found -> found.getKind() == OrganisationType.MUNICIPALITY).orElse(null);
        if (municipality == null) {
            throw refused("municipality", "organisation.municipality.unknown");
        }
        if (parentIsMunicipality && !municipality.getId().equals(parent.getId())) {
            throw refused("municipality", "organisation.municipality.other-than-parent");
        }
        return municipality.getOfficialCode();
    }

    static Optional<String> nameProblem(String name) {
        if (name.isEmpty()) {
            return Optional.of("organisation.name.required");
        }
        if (name.length() > OrganisationRules.MAX_NAME_LENGTH) {
            return Optional.of("organisation.name.too-long");
        }
        return TextRules.lineProblem(name);
    }

    private OrganisationScreen screenOf(Organisation organisation) {
        ReferenceData reference = referenceData();
        Organisation located = reference.municipalityOf(organisation);
        Municipality municipality = located == null ? null : municipality(located);
        Organisation inside = reference.regionOf(organisation);
        OrganisationSummary parent = organisation.getParentId() == null ? null
                : organisations.findById(organisation.getParentId()).map(OrganisationService::summary).orElse(null);
        List<OrganisationSummary> units = organisations.findByParentIdAndMergedIntoIsNullOrderByName(
                organisation.getId()).stream().map(OrganisationService::summary).toList();
        Integer code = organisation.hasOfficialCode() ? Integer.valueOf(organisation.getOfficialCode()) : null;
        OrganisationActions may = actions(organisation);
        return new OrganisationScreen(summary(organisation),
                OrganisationRules.kindOf(organisation).describe(parent == null ? null : parent.name()), code,
                municipality, inside == null ? null : region(inside), parent, units, organisation.isInnovationUnit(),
                may, may.markInnovationUnit() ? undoableInto(organisation) : List.of(), organisation.getVersion());
    }

    /**
     * The duplicates merged into {@code kept} within {@link OrganisationStewardship#UNDO_PERIOD} whose merge staff
     * may still undo, newest first.
     */
    private List<OrganisationSummary> undoableInto(Organisation kept) {
        return merges.findByKeptIdAndUndoneAtIsNullAndMergedAtAfterOrderByMergedAtDesc(kept.getId(),
                        clock.instant().minus(OrganisationStewardship.UNDO_PERIOD)).stream()
                .map(merge -> organisations.findById(merge.getMergedId()).orElseThrow())
                .filter(duplicate -> kept.getId().equals(duplicate.getMergedInto()))
                .map(duplicate -> new OrganisationSummary(duplicate.organisationId(), duplicate.getName(),
                        duplicate.getKind(), OrganisationRoutes.organisation(duplicate.organisationId(),
                        duplicate.getName())))
                .toList();
    }

    private OrganisationActions actions(Organisation organisation) {
        Optional<CurrentPerson> person = people.currentPerson();
        boolean employee = person.filter(someone -> someone.has(Role.EMPLOYEE)).isPresent();
        boolean staff = person.filter(someone -> someone.has(Role.COI_STAFF)).isPresent();
        boolean correct = staff && OrganisationRules.correctable(organisation);
        return new OrganisationActions(employee, staff, correct, correct);
    }

    private Optional<Organisation> resolved(OrganisationId id) {
        return organisations.findById(id.value()).map(found -> found.isMerged()
                ? organisations.findById(found.getMergedInto()).orElseThrow() : found);
    }

    private static boolean hasWordStarting(String name, String word, Locale danish) {
        String lower = name.toLowerCase(danish);
        String start = word.toLowerCase(danish);
        return Arrays.stream(lower.split("[\\s()\\-–]+")).anyMatch(part -> part.startsWith(start));
    }

    static OrganisationSummary summary(Organisation organisation) {
        return new OrganisationSummary(organisation.organisationId(), organisation.getName(), organisation.getKind(),
                OrganisationRoutes.organisation(organisation.organisationId(), organisation.getName()));
    }

    private static Region region(Organisation region) {
        return new Region(region.getOfficialCode(), region.getName(), region.organisationId(),
                region.getLatitude().doubleValue(), region.getLongitude().doubleValue());
    }

    private static Municipality municipality(Organisation municipality) {
        return new Municipality(municipality.getOfficialCode(), municipality.getName(), municipality.getRegionCode(),
                municipality.organisationId(), municipality.getLatitude().doubleValue(),
                municipality.getLongitude().doubleValue());
    }

    static InvalidInputException refused(String field, String key) {
        return new InvalidInputException(Map.of(field, key));
    }
}
