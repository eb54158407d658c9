package dk.coi.portal.landscape;

import dk.coi.portal.landscape.internal.AdoptionRepository;
import dk.coi.portal.landscape.internal.CaseRepository;
import dk.coi.portal.landscape.internal.CaseSearchBinder;
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
import java.util.EnumMap;
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
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
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
    /** How many cases each place on the map names (the rest are one click away). */
    static final int MARKERS_PER_PLACE = 5;
    /** How many cases of a search the map reads to name them; counts come from the aggregation, for all. */
    static final int MAP_CASES = 1000;
    /** How many cases of no municipality the list alternative names. */
    static final int UNPLACED_MARKERS = 20;
    /** How many tags the tag facet offers (the most used, besides those selected). */
    static final int TAGS_OFFERED = 20;
    private static final String NEWEST_FIELD = CaseSort.NEWEST.indexField();
    private static final String[] TEXT_FIELDS = {"title", "body"};

    private final EntityManager entityManager;
    private final CaseRepository cases;
    private final OrganisationService organisations;
    private final AdoptionRepository adoptions;

    CaseCatalogue(EntityManager entityManager, CaseRepository cases, OrganisationService organisations,
                  AdoptionRepository adoptions) {
        this.entityManager = entityManager;
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
        SearchSession session = Search.session(entityManager);
        CaseFilter filter = search.filter();
        Map<CaseFacet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(CaseFacet.class);
        Arrays.stream(CaseFacet.values()).forEach(facet -> keys.put(facet, AggregationKey.of(facet.name())));
        var query = session.search(LandscapeCase.class).where(f -> matching(f, filter, null))
                .sort(f -> order(f, search));
        keys.forEach((facet, key) -> query.aggregation(key, f -> f.terms().field(facet.indexField(), String.class)
                .maxTermCount(1000)));
        int pageSize = CaseCards.PAGE_SIZE;
        SearchResult<LandscapeCase> found = query.fetch(search.page() * pageSize, pageSize);
        long total = found.total().hitCount();
        int pages = (int) ((total + pageSize - 1) / pageSize);

        Map<CaseFacet, Map<String, Long>> foundCounts = new EnumMap<>(CaseFacet.class);
        keys.forEach((facet, key) -> foundCounts.put(facet, found.aggregation(key)));
        Map<CaseFacet, Map<String, Long>> offered = new EnumMap<>(foundCounts);
        for (CaseFacet facet : filter.selected().keySet()) {
            AggregationKey<Map<String, Long>> key = keys.get(facet);
            offered.put(facet, session.search(LandscapeCase.class).where(f -> matching(f, filter, facet))
                    .aggregation(key, f -> f.terms().field(facet.indexField(), String.class).maxTermCount(1000))
                    .fetch(0).aggregation(key));
        }
        Map<CaseFacet, Set<String>> alternatives = alternatives(session, filter.selected().keySet(), keys);
        Names names = names();
        List<CaseCard> cards = cards(found.hits());
        Map<Integer, String> municipalities = new HashMap<>();
        cards.stream().map(CaseCard::municipalityCode).filter(Objects::nonNull).distinct()
                .forEach(code -> Optional.ofNullable(names.municipalities().get(code.toString()))
                        .ifPresent(municipality -> municipalities.put(code, municipality.name())));
        CaseCards list = new CaseCards(cards, municipalities, search.page(), pages, total);
        List<CaseFacetCounts> facets = Arrays.stream(CaseFacet.values())
                .map(facet -> counts(search, facet, offered.get(facet), alternatives.getOrDefault(facet, Set.of()),
                        names)).toList();
        return new CaseCatalogueResult(search, list, facets,
                map(session, search, total, foundCounts.get(CaseFacet.MUNICIPALITY), names));
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
                .where(f -> matching(f, search.filter(), null)).sort(f -> order(f, search)).fetch(offset, limit);
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
                .select(f -> f.id(Long.class)).where(f -> matching(f, search.filter(), null))
                .sort(f -> order(f, search)).fetch(limit);
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

    /** The search's order: by its sort field, largest first, then relevance, then the newest. */
    private static SortFinalStep order(SearchSortFactory f, CaseSearch search) {
        CaseSort sort = search.effectiveSort();
        return sort.indexField() == null ? f.score().then().field(NEWEST_FIELD).desc()
                : f.field(sort.indexField()).desc().then().score().then().field(NEWEST_FIELD).desc();
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

    /** The search's words and every facet's selection but {@code left} (all of them for null). */
    private static PredicateFinalStep matching(SearchPredicateFactory f, CaseFilter filter, CaseFacet left) {
        return f.bool(clauses -> {
            clauses.must(f.matchAll());
            if (filter.hasText()) {
                clauses.must(f.simpleQueryString().field("title").boost(3f).field("body")
                        .matching(filter.text()).defaultOperator(BooleanOperator.AND));
            }
            filter.selected().forEach((facet, values) -> {
                if (facet != left) {
                    clauses.must(f.terms().field(facet.indexField()).matchingAny(values));
                }
            });
        });
    }

    /**
     * The values each facet with a choice offers at 0 beside those its search counts: values of one facet are
     * alternatives, each still selectable beside the chosen. They are the values some published case has now, counted
     * over the whole catalogue with at least one case each (counting 0 too would list values of documents deleted or
     * replaced in the index until its segments merge: a tag removed, an old municipality); for tags only the catalogue's
     * most used, so that zeros never crowd out the 20 places.
     */
    private static Map<CaseFacet, Set<String>> alternatives(SearchSession session, Set<CaseFacet> chosen,
                                                            Map<CaseFacet, AggregationKey<Map<String, Long>>> keys) {
        if (chosen.isEmpty()) {
            return Map.of();
        }
        var query = session.search(LandscapeCase.class).where(f -> f.matchAll());
        chosen.forEach(facet -> query.aggregation(keys.get(facet), f -> f.terms()
                .field(facet.indexField(), String.class).maxTermCount(facet == CaseFacet.TAG ? TAGS_OFFERED : 1000)));
        SearchResult<LandscapeCase> all = query.fetch(0);
        Map<CaseFacet, Set<String>> alternatives = new EnumMap<>(CaseFacet.class);
        chosen.forEach(facet -> alternatives.put(facet, all.aggregation(keys.get(facet)).keySet()));
        return alternatives;
    }

    private CaseFacetCounts counts(CaseSearch search, CaseFacet facet, Map<String, Long> counted,
                                   Set<String> alternatives, Names names) {
        CaseFilter filter = search.filter();
        Map<String, Long> shown = new LinkedHashMap<>(counted);
        alternatives.forEach(value -> shown.putIfAbsent(value, 0L));
        if (facet == CaseFacet.TAG) {
            shown.keySet().retainAll(shown.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue()
                    .reversed().thenComparing(Map.Entry.comparingByKey())).limit(TAGS_OFFERED)
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

    /**
     * The cases of the search at their municipalities, counted by the search's own aggregation. The markers name the
     * newest cases of each place, read newest first only until every place has all it shows (at most
     * {@link #MAP_CASES} cases): projecting a hit unpacks its stored fields, the search's main cost.
     */
    private CaseMap map(SearchSession session, CaseSearch search, long total, Map<String, Long> perMunicipality,
                        Names names) {
        Map<String, Integer> wanted = new HashMap<>();
        long placed = 0;
        for (Map.Entry<String, Long> counted : perMunicipality.entrySet()) {
            if (counted.getValue() > 0 && names.municipalities().containsKey(counted.getKey())) {
                placed += counted.getValue();
                wanted.put(counted.getKey(), (int) Math.min(counted.getValue(), MARKERS_PER_PLACE));
            }
        }
        if (total > placed) {
            wanted.put("", (int) Math.min(total - placed, UNPLACED_MARKERS));
        }
        Map<String, List<MapMarker>> markers = markers(session, search, wanted);
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
        return new CaseMap(places, markers.getOrDefault("", List.of()), total - placed);
    }

    /**
     * The markers of the search's newest cases by municipality code ("" for none), as many as {@code wanted} says for
     * each: read newest first in rounds, the first as large as all that is wanted and each next one twice the one
     * before, until every place has them or {@link #MAP_CASES} are read.
     */
    private static Map<String, List<MapMarker>> markers(SearchSession session, CaseSearch search,
                                                         Map<String, Integer> wanted) {
        Map<String, List<MapMarker>> markers = new HashMap<>();
        int missing = wanted.values().stream().mapToInt(Integer::intValue).sum();
        int read = 0;
        int round = Math.min(missing, MAP_CASES);
        while (missing > 0 && read < MAP_CASES) {
            List<List<?>> located = session.search(LandscapeCase.class)
                    .select(f -> f.composite().from(f.id(Long.class), f.field("title", String.class),
                            f.field(CaseFacet.MUNICIPALITY.indexField(), String.class),
                            f.field(CaseSearchBinder.ORGANISATION, String.class)).asList())
                    .where(f -> matching(f, search.filter(), null))
                    .sort(f -> f.field(NEWEST_FIELD).desc())
                    .totalHitCountThreshold(0)
                    .fetchHits(read, round);
            for (List<?> row : located) {
                String place = Objects.requireNonNullElse((String) row.get(2), "");
                List<MapMarker> there = markers.computeIfAbsent(place, ignored -> new ArrayList<>());
                if (there.size() < wanted.getOrDefault(place, 0)) {
                    String title = (String) row.get(1);
                    there.add(new MapMarker(title, CaseRoutes.kase(CaseId.of((Long) row.get(0)), title),
                            (String) row.get(3)));
                    missing--;
                }
            }
            if (located.size() < round) {
                break;
            }
            read += round;
            round = Math.min(2 * round, MAP_CASES - read);
        }
        return markers;
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
