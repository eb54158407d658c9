package dk.coi.portal.landscape;

import dk.coi.portal.landscape.internal.AdoptionRepository;
import dk.coi.portal.landscape.internal.CaseRepository;
import dk.coi.portal.landscape.internal.CatalogueSearches;
import dk.coi.portal.landscape.internal.LandscapeCase;
import dk.coi.portal.organisation.Municipality;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.Region;
import dk.coi.portal.shared.map.MapMarker;
import dk.coi.portal.shared.map.MapPlace;
import jakarta.persistence.EntityManager;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of published cases: full text with the Danish analysis, the facets' counts, a page of cards and the
 * cases on the map, from the {@code cases} index (only published cases are in it). One query finds the page and
 * counts every facet by aggregations; a facet with values selected is counted again without its own selection, so
 * that its other values say how many they would add (values of one facet are alternatives, facets narrow each
 * other). {@link #related} finds the cases most like one: shared tags first, then sector and type, then words.
 */
@Service
public class CaseCatalogue {

    /** How many related cases a case's page shows. */
    public static final int RELATED = 5;
    private static final String NEWEST_FIELD = CaseSort.NEWEST.indexField();
    private static final String[] TEXT_FIELDS = {"title", "body"};

    private final EntityManager entityManager;
    private final CatalogueSearches index;
    private final CaseRepository cases;
    private final OrganisationService organisations;
    private final AdoptionRepository adoptions;

    CaseCatalogue(EntityManager entityManager, CatalogueSearches index, CaseRepository cases,
                  OrganisationService organisations, AdoptionRepository adoptions) {
        this.entityManager = entityManager;
        this.index = index;
        this.cases = cases;
        this.organisations = organisations;
        this.adoptions = adoptions;
    }

    /**
     * The search an address's parameters hold, with what could not be read from them: a municipality or region code
     * must be one of the organisation register's, not only well formed.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public CaseSearch.Parsed parse(Map<String, List<String>> parameters) {
        return CaseSearch.parse(parameters, Map.of(
                CaseFacet.MUNICIPALITY, codes(organisations.municipalities().stream().map(Municipality::code)),
                CaseFacet.REGION, codes(organisations.regions().stream().map(Region::code))));
    }

    private static Set<String> codes(Stream<Integer> codes) {
        return codes.map(String::valueOf).collect(Collectors.toSet());
    }

    /** A page of the published cases the search finds, with the facets' counts and the map of all it finds. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public CaseCatalogueResult search(CaseSearch search) {
        int pageSize = CaseCards.PAGE_SIZE;
        CatalogueSearches.Faceted found = index.faceted(search, pageSize);
        long total = found.total();
        int pages = (int) ((total + pageSize - 1) / pageSize);
        Names names = names();
        List<CaseCard> cards = cards(found.page());
        Map<Integer, String> municipalities = new HashMap<>();
        cards.stream().map(CaseCard::municipalityCode).filter(Objects::nonNull).distinct()
                .forEach(code -> Optional.ofNullable(names.municipalities().get(code.toString()))
                        .ifPresent(municipality -> municipalities.put(code, municipality.name())));
        CaseCards list = new CaseCards(cards, municipalities, search.page(), pages, total);
        List<CaseFacetCounts> facets = Arrays.stream(CaseFacet.values())
                .map(facet -> counts(search, facet, found.offered().get(facet),
                        found.alternatives().getOrDefault(facet, Set.of()), names)).toList();
        return new CaseCatalogueResult(search, list, facets,
                map(search, total, found.counted().get(CaseFacet.MUNICIPALITY), names));
    }

    /**
     * The cards of the published cases the search finds, in its order, from {@code offset} on and at most
     * {@code limit} of them, with how many it finds in all: for readers that page by their own size (the open-data
     * API and its downloads), without the facets' counts and the map. The search's own page is not used.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public CaseHits hits(CaseSearch search, int offset, int limit) {
        SearchResult<LandscapeCase> found = Search.session(entityManager).search(LandscapeCase.class)
                .where(f -> index.matching(f, search.filter(), null))
                .sort(f -> CatalogueSearches.order(f, search)).fetch(offset, limit);
        return new CaseHits(cards(found.hits()), found.total().hitCount());
    }

    /**
     * The numbers of the published cases the search finds, in its order, at most {@code limit}, with how many it finds
     * in all: one read of the index (numbers only, no case loaded), so that a reader loading the cases a chunk at a
     * time ({@link #publishedCards}) takes each once and in one order, even while cases are published meanwhile.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public CaseHitIds hitIds(CaseSearch search, int limit) {
        SearchResult<Long> found = Search.session(entityManager).search(LandscapeCase.class)
                .select(f -> f.id(Long.class)).where(f -> index.matching(f, search.filter(), null))
                .sort(f -> CatalogueSearches.order(f, search)).fetch(limit);
        return new CaseHitIds(found.hits().stream().map(CaseId::of).toList(), found.total().hitCount());
    }

    /** The cards of the cases that are published, in the order given: a case unpublished since is left out. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<CaseCard> publishedCards(List<CaseId> ids) {
        Map<Long, LandscapeCase> published = cases.findByIdIn(ids.stream().map(CaseId::value).toList()).stream()
                .filter(kase -> kase.getStatus() == CaseStatus.PUBLISHED)
                .collect(Collectors.toMap(LandscapeCase::getId, Function.identity()));
        return cards(ids.stream().map(id -> published.get(id.value())).filter(Objects::nonNull).toList());
    }

    /**
     * Up to {@code count} published cases most like the published case {@code id}, best first: sharing its tags
     * weighs most, then its sector and innovation type, then words of its title; none for a case not published.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<CaseCard> related(CaseId id, int count) {
        LandscapeCase kase = cases.findById(id.value()).filter(found -> found.getStatus() == CaseStatus.PUBLISHED)
                .orElse(null);
        if (kase == null || count <= 0) {
            return List.of();
        }
        List<String> tags = kase.getTags().stream().map(tag -> CaseFacet.TAG.canonical(tag).orElse(null))
                .filter(Objects::nonNull).toList();
        List<LandscapeCase> found = Search.session(entityManager).search(LandscapeCase.class)
                .where(f -> f.bool(clauses -> {
                    if (!tags.isEmpty()) {
                        clauses.should(f.terms().field(CaseFacet.TAG.indexField()).matchingAny(tags).boost(4f));
                    }
                    clauses.should(f.match().field(CaseFacet.SECTOR.indexField())
                            .matching(CaseFacet.value(kase.getSector())).boost(2f));
                    clauses.should(f.match().field(CaseFacet.TYPE.indexField())
                            .matching(CaseFacet.value(kase.getInnovationType())).boost(2f));
                    clauses.should(f.match().fields(TEXT_FIELDS).matching(kase.getTitle()));
                    clauses.mustNot(f.id().matching(kase.getId()));
                    clauses.minimumShouldMatchNumber(1);
                }))
                .sort(f -> f.score().then().field(NEWEST_FIELD).desc())
                .fetchHits(count);
        return cards(found);
    }

    private List<CaseCard> cards(List<LandscapeCase> found) {
        return CaseService.cards(found, organisations, adoptions);
    }

    private CaseFacetCounts counts(CaseSearch search, CaseFacet facet, Map<String, Long> counted,
                                   Set<String> alternatives, Names names) {
        CaseFilter filter = search.filter();
        Map<String, Long> shown = new LinkedHashMap<>(counted);
        alternatives.forEach(value -> shown.putIfAbsent(value, 0L));
        if (facet == CaseFacet.TAG) {
            shown.keySet().retainAll(shown.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue()
                    .reversed().thenComparing(Map.Entry.comparingByKey())).limit(CatalogueSearches.TAGS_OFFERED)
                    .map(Map.Entry::getKey).toList());
        }
        filter.values(facet).forEach(value -> shown.putIfAbsent(value, counted.getOrDefault(value, 0L)));
        List<CaseFacetValue> values = shown.entrySet().stream().map(entry -> new CaseFacetValue(facet,
                entry.getKey(), labelKey(facet, entry.getKey()), names.of(facet, entry.getKey()), entry.getValue(),
                filter.isSelected(facet, entry.getKey()),
                search.with(filter.toggled(facet, entry.getKey())).address()))
                .sorted(order(facet)).toList();
        return new CaseFacetCounts(facet, values);
    }

    /** A facet's values in the order a reader looks for them. */
    private static Comparator<CaseFacetValue> order(CaseFacet facet) {
        Collator danish = Collator.getInstance(Locale.of("da", "DK"));
        return switch (facet) {
            case REGION, MUNICIPALITY -> Comparator.comparing(CaseFacetValue::name, danish);
            case YEAR -> Comparator.comparing(CaseFacetValue::value).reversed();
            case TAG -> Comparator.comparingLong(CaseFacetValue::count).reversed()
                    .thenComparing(CaseFacetValue::value, danish);
            default -> Comparator.comparingInt(value -> ordinal(facet, value.value()));
        };
    }

    private static int ordinal(CaseFacet facet, String value) {
        Enum<?> constant = constant(facet, value);
        return constant == null ? Integer.MAX_VALUE : constant.ordinal();
    }

    private static Enum<?> constant(CaseFacet facet, String value) {
        return facet.constants().stream().filter(found -> CaseFacet.value(found).equals(value)).findFirst()
                .orElse(null);
    }

    /** The translation key of a value's name; null for a value whose name is data. */
    private static String labelKey(CaseFacet facet, String value) {
        return CaseFacet.labelKey(constant(facet, value));
    }

    /** The cases of the search at their municipalities, counted by the search's own aggregation, and named. */
    private CaseMap map(CaseSearch search, long total, Map<String, Long> perMunicipality, Names names) {
        CatalogueSearches.Wanted wanted = CatalogueSearches.wanted(total, perMunicipality,
                names.municipalities().keySet());
        Map<String, List<MapMarker>> markers = index.markers(search.filter(), wanted.perPlace());
        List<MapPlace> places = new ArrayList<>();
        for (Map.Entry<String, Long> counted : perMunicipality.entrySet()) {
            Municipality municipality = names.municipalities().get(counted.getKey());
            if (municipality == null || counted.getValue() == 0) {
                continue;
            }
            List<MapMarker> there = markers.getOrDefault(counted.getKey(), List.of());
            places.add(new MapPlace(municipality.name(), municipality.latitude(), municipality.longitude(),
                    counted.getValue(), there, counted.getValue() > there.size() ? search.with(
                    search.filter().with(CaseFacet.MUNICIPALITY, List.of(counted.getKey()))).address() : null));
        }
        places.sort(Comparator.comparing(MapPlace::name, Collator.getInstance(Locale.of("da", "DK"))));
        return new CaseMap(places, markers.getOrDefault("", List.of()), total - wanted.placed());
    }

    private Names names() {
        return new Names(organisations.municipalities().stream().collect(Collectors.toMap(
                municipality -> Integer.toString(municipality.code()), Function.identity())),
                organisations.regions().stream().collect(Collectors.toMap(region -> Integer.toString(region.code()),
                        Region::name)));
    }

    /** The register's municipalities and regions by official code, for the facets' names and the map's places. */
    private record Names(Map<String, Municipality> municipalities, Map<String, String> regions) {

        String of(CaseFacet facet, String value) {
            return switch (facet) {
                case MUNICIPALITY -> municipalities.containsKey(value) ? municipalities.get(value).name() : value;
                case REGION -> regions.getOrDefault(value, value);
                case YEAR, TAG -> value;
                default -> null;
            };
        }
    }
}
