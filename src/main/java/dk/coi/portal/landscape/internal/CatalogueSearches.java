package dk.coi.portal.landscape.internal;

import dk.coi.portal.landscape.CaseFacet;
import dk.coi.portal.landscape.CaseFilter;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseSearch;
import dk.coi.portal.landscape.CaseSort;
import dk.coi.portal.shared.map.MapMarker;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's queries on the {@code cases} index, apart from what it makes of them: the page of a search with
 * every facet counted ({@link #faceted}), and the newest cases of each place for the map ({@link #markers}); two
 * parts, so that each can be measured on its own. What does not depend on the search is kept while the index stays
 * as it was ({@link IndexVersioned}): every facet's counts over the whole catalogue (the search without words or
 * choices, the catalogue's landing page), the values each facet has in it, and each case's marker (its title,
 * municipality and organisation, read from stored fields: the map's main cost when read for every search).
 */
@Component
public class CatalogueSearches {

    /** How many cases of a search the map reads to name them; counts come from the aggregation, for all. */
    public static final int MAP_CASES = 1000;
    /** How many cases each place on the map names (the rest are one click away). */
    public static final int MARKERS_PER_PLACE = 5;
    /** How many cases of no municipality the list alternative names. */
    public static final int UNPLACED_MARKERS = 20;
    /** How many tags the tag facet offers (the most used, besides those selected). */
    public static final int TAGS_OFFERED = 20;
    private static final String NEWEST_FIELD = CaseSort.NEWEST.indexField();

    private final EntityManager entityManager;
    private final CasesIndex index;
    private final IndexVersioned<CaseFilter, FacetCounter.Counted> wholeCatalogue = new IndexVersioned<>();
    /** Each segment's counts over all its cases, by its reader's cache key (new when a document in it is deleted). */
    private final Map<Object, FacetCounter.Counted> segmentCounts = new ConcurrentHashMap<>();
    private final IndexVersioned<Long, Located> located = new IndexVersioned<>();
    /** Each organisation's name once, shared by the kept markers of all its cases. */
    private final IndexVersioned<String, String> organisations = new IndexVersioned<>();
    private final int markersKept;
    private final AtomicLong markersRead = new AtomicLong();
    private final AtomicLong wholeCatalogueCounted = new AtomicLong();
    private final AtomicLong segmentsTallied = new AtomicLong();

    CatalogueSearches(EntityManager entityManager, CasesIndex index,
                      @Value("${portal.catalogue.markers-kept:200000}") int markersKept) {
        this.entityManager = entityManager;
        this.index = index;
        this.markersKept = markersKept;
    }

    /** How many cases' markers were read from stored fields so far: what keeping them saves (for tests). */
    long markersRead() {
        return markersRead.get();
    }

    /** How many times the whole catalogue's facets were counted so far (for tests). */
    long wholeCatalogueCounted() {
        return wholeCatalogueCounted.get();
    }

    /** How many segments' counts over all their cases were tallied so far: what keeping them saves (for tests). */
    long segmentsTallied() {
        return segmentsTallied.get();
    }

    /** How many cases' markers are kept now (at most {@code portal.catalogue.markers-kept}). */
    public int markersKept() {
        return located.current().size();
    }

    /**
     * What a search finds on a page of {@code pageSize}: its cases, how many in all, every facet's counts over what
     * it finds, each chosen facet counted again without its own choice, and the values the chosen facets offer.
     * On the local Lucene index the counts are one pass over the index ({@link FacetCounter}) beside the page's query;
     * without a version (OpenSearch) they are aggregations of the page's query and a query per chosen facet.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Faceted faceted(CaseSearch search, int pageSize) {
        SearchSession session = Search.session(entityManager);
        CaseFilter filter = search.filter();
        Optional<Counts> counts = index.read((version, reader) -> countedOnTheIndex(version, reader, filter));
        if (counts.isEmpty()) {
            return aggregated(search, pageSize);
        }
        List<LandscapeCase> page = session.search(LandscapeCase.class).where(f -> matching(f, filter, null))
                .sort(f -> order(f, search)).fetchHits(search.page() * pageSize, pageSize);
        return counts.get().with(page);
    }

    /**
     * The search's counts in one pass over the index; the whole catalogue's (kept) for the search without words or
     * choices, for the only facet chosen without words (its count without its choice) and for the alternatives.
     */
    private Counts countedOnTheIndex(Object version, IndexReader reader, CaseFilter filter) {
        FacetCounter.Counted whole = filter.filtered() || !filter.hasText() ? wholeCatalogue(version, reader) : null;
        if (!filter.hasText() && !filter.filtered()) {
            return new Counts(whole.total(), whole.counted(), whole.counted(), Map.of());
        }
        boolean onlyChoice = !filter.hasText() && filter.selected().size() == 1;
        FacetCounter.Counted found = FacetCounter.count(reader, index.words(filter.text()), filter, !onlyChoice);
        Map<CaseFacet, Map<String, Long>> offered = new EnumMap<>(found.counted());
        Map<CaseFacet, Set<String>> alternatives = new EnumMap<>(CaseFacet.class);
        for (CaseFacet facet : filter.selected().keySet()) {
            offered.put(facet, (onlyChoice ? whole.counted() : found.sideways()).get(facet));
            alternatives.put(facet, offeredAtZero(facet, whole.counted().get(facet).keySet()));
        }
        return new Counts(found.total(), found.counted(), offered, alternatives);
    }

    /**
     * Every facet's counts over all published cases, kept until the index changes; added up from each segment's
     * counts, which are kept while the segment stays as it was: after a change only the segment with the new document
     * and the one that lost the old one are counted again.
     */
    private FacetCounter.Counted wholeCatalogue(Object version, IndexReader reader) {
        return wholeCatalogue.at(version).computeIfAbsent(CaseFilter.NONE, ignored -> {
            wholeCatalogueCounted.incrementAndGet();
            Map<Object, FacetCounter.Counted> parts = new HashMap<>();
            for (LeafReaderContext segment : reader.leaves()) {
                Object key = segment.reader().getReaderCacheHelper().getKey();
                // Tallied outside the map's lock, which would hold up other keys for the count of a 100 000 cases.
                FacetCounter.Counted counted = segmentCounts.get(key);
                if (counted == null) {
                    segmentsTallied.incrementAndGet();
                    counted = FacetCounter.tally(segment.reader(), index.words(""), CaseFilter.NONE, false);
                    segmentCounts.putIfAbsent(key, counted);
                }
                parts.put(key, counted);
            }
            // Two recounts at once on an old and a new version may drop each other's segments: only counted again.
            segmentCounts.keySet().retainAll(parts.keySet());
            return FacetCounter.sum(List.copyOf(parts.values())).mostCounted();
        });
    }

    /** A search's counts, without its page. */
    private record Counts(long total, Map<CaseFacet, Map<String, Long>> counted,
                          Map<CaseFacet, Map<String, Long>> offered, Map<CaseFacet, Set<String>> alternatives) {

        Faceted with(List<LandscapeCase> page) {
            return new Faceted(page, total, counted, offered, alternatives);
        }
    }

    /**
     * As {@link #faceted}, counted by the index's aggregations: every facet in the page's own query, each chosen facet
     * again without its own choice by a query of its own (for a backend without a version: nothing kept).
     */
    Faceted aggregated(CaseSearch search, int pageSize) {
        SearchSession session = Search.session(entityManager);
        CaseFilter filter = search.filter();
        var query = session.search(LandscapeCase.class).where(f -> matching(f, filter, null))
                .sort(f -> order(f, search));
        countEveryFacet(query);
        SearchResult<LandscapeCase> found = query.fetch(search.page() * pageSize, pageSize);
        Map<CaseFacet, Map<String, Long>> counted = counts(found);
        Map<CaseFacet, Map<String, Long>> offered = new EnumMap<>(counted);
        for (CaseFacet facet : filter.selected().keySet()) {
            offered.put(facet, session.search(LandscapeCase.class).where(f -> matching(f, filter, facet))
                    .aggregation(key(facet), f -> terms(f, facet)).fetch(0).aggregation(key(facet)));
        }
        return new Faceted(found.hits(), found.total().hitCount(), counted, offered,
                alternatives(session, filter.selected().keySet()));
    }

    private static void countEveryFacet(SearchQueryOptionsStep<?, ?, LandscapeCase, ?, ?, ?> query) {
        Arrays.stream(CaseFacet.values()).forEach(facet -> query.aggregation(key(facet), f -> terms(f, facet)));
    }

    private static Map<CaseFacet, Map<String, Long>> counts(SearchResult<LandscapeCase> found) {
        Map<CaseFacet, Map<String, Long>> counted = new EnumMap<>(CaseFacet.class);
        Arrays.stream(CaseFacet.values()).forEach(facet -> counted.put(facet,
                Collections.unmodifiableMap(found.aggregation(key(facet)))));
        return Collections.unmodifiableMap(counted);
    }

    private static AggregationFinalStep<Map<String, Long>> terms(SearchAggregationFactory f, CaseFacet facet) {
        return f.terms().field(facet.indexField(), String.class).maxTermCount(FacetCounter.MOST_VALUES);
    }

    private static AggregationKey<Map<String, Long>> key(CaseFacet facet) {
        return AggregationKey.of(facet.name());
    }

    /**
     * A search's page with its counts: {@code counted} over what it finds, {@code offered} the same but for each
     * chosen facet counted without its own choice, {@code alternatives} the values each chosen facet offers at 0.
     */
    public record Faceted(List<LandscapeCase> page, long total, Map<CaseFacet, Map<String, Long>> counted,
                          Map<CaseFacet, Map<String, Long>> offered, Map<CaseFacet, Set<String>> alternatives) {
    }

    /**
     * The values each facet with a choice offers at 0 beside those its search counts: values of one facet are
     * alternatives, each still selectable beside the chosen. They are the values some published case has now, counted
     * over the whole catalogue with at least one case each (counting 0 too would list values of documents deleted or
     * replaced in the index until its segments merge: a tag removed, an old municipality); for tags only the catalogue's
     * most used, so that zeros never crowd out the 20 places.
     */
    private static Map<CaseFacet, Set<String>> alternatives(SearchSession session, Set<CaseFacet> chosen) {
        if (chosen.isEmpty()) {
            return Map.of();
        }
        var query = session.search(LandscapeCase.class).where(f -> f.matchAll());
        chosen.forEach(facet -> query.aggregation(key(facet), f -> terms(f, facet)));
        SearchResult<LandscapeCase> all = query.fetch(0);
        Map<CaseFacet, Set<String>> alternatives = new EnumMap<>(CaseFacet.class);
        chosen.forEach(facet -> alternatives.put(facet, offeredAtZero(facet, all.aggregation(key(facet)).keySet())));
        return alternatives;
    }

    /** Of a facet's values over the whole catalogue, most counted first, those offered at 0 beside a choice. */
    private static Set<String> offeredAtZero(CaseFacet facet, Set<String> mostCountedFirst) {
        return Set.copyOf(facet == CaseFacet.TAG ? mostCountedFirst.stream().limit(TAGS_OFFERED).toList()
                : mostCountedFirst);
    }

    /**
     * How many markers the map wants of each place: of each municipality in {@code places} with cases, up to
     * {@link #MARKERS_PER_PLACE}; of the cases in none ({@code ""}), up to {@link #UNPLACED_MARKERS}.
     */
    public static Wanted wanted(long total, Map<String, Long> perMunicipality, Set<String> places) {
        Map<String, Integer> wanted = new HashMap<>();
        long placed = 0;
        for (Map.Entry<String, Long> counted : perMunicipality.entrySet()) {
            if (counted.getValue() > 0 && places.contains(counted.getKey())) {
                placed += counted.getValue();
                wanted.put(counted.getKey(), (int) Math.min(counted.getValue(), MARKERS_PER_PLACE));
            }
        }
        if (total > placed) {
            wanted.put("", (int) Math.min(total - placed, UNPLACED_MARKERS));
        }
        return new Wanted(wanted, placed);
    }

    /** How many markers the map wants of each place ("" for none), and how many cases are in one of the places. */
    public record Wanted(Map<String, Integer> perPlace, long placed) {
    }

    /**
     * The markers of the newest cases the filter finds by municipality code ("" for none), as many as {@code wanted}
     * says for each: read newest first in rounds, the first as large as all that is wanted and each next one twice
     * the one before, until every place has them or {@link #MAP_CASES} are read. A round reads only the cases' ids
     * (doc values); the markers of cases not met since the index changed are read in one query after it.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Map<String, List<MapMarker>> markers(CaseFilter filter, Map<String, Integer> wanted) {
        SearchSession session = Search.session(entityManager);
        Optional<Object> version = index.version();
        Map<String, List<MapMarker>> markers = new HashMap<>();
        int missing = wanted.values().stream().mapToInt(Integer::intValue).sum();
        int read = 0;
        int round = Math.min(missing, MAP_CASES);
        while (missing > 0 && read < MAP_CASES) {
            Round newest = version.isPresent() ? located(session, filter, read, round, version.get())
                    : projected(session, filter, read, round);
            for (Located found : newest.located()) {
                List<MapMarker> there = markers.computeIfAbsent(found.place(), ignored -> new ArrayList<>());
                if (there.size() < wanted.getOrDefault(found.place(), 0)) {
                    there.add(found.marker());
                    missing--;
                }
            }
            if (newest.hits() < round) {
                break;
            }
            read += round;
            round = Math.min(2 * round, MAP_CASES - read);
        }
        return markers;
    }

    /**
     * A round of the newest cases by their ids (doc values), each case's marker kept or, for those not met since the
     * index changed, read in one query after it.
     */
    private Round located(SearchSession session, CaseFilter filter, int offset, int limit, Object version) {
        List<Long> ids = session.search(LandscapeCase.class).select(f -> f.id(Long.class))
                .where(f -> matching(f, filter, null))
                .sort(f -> f.field(NEWEST_FIELD).desc())
                .totalHitCountThreshold(0)
                .fetchHits(offset, limit);
        Map<Long, Located> kept = located.at(version);
        Map<Long, Located> read = new HashMap<>();
        List<Long> unknown = ids.stream().filter(id -> !kept.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            Map<String, String> names = organisations.at(version);
            markersRead.addAndGet(unknown.size());
            session.search(LandscapeCase.class).select(CatalogueSearches::marker)
                    .where(f -> f.id().matchingAny(unknown)).fetchHits(unknown.size())
                    .forEach(row -> {
                        Located found = located(row, names);
                        read.put(found.id(), found);
                        if (kept.size() < markersKept) {
                            kept.put(found.id(), found);
                        }
                    });
        }
        // A case missing from both is no longer published: gone from the index since the ids were read.
        return new Round(ids.size(), ids.stream().map(id -> Objects.requireNonNullElse(kept.get(id), read.get(id)))
                .filter(Objects::nonNull).toList());
    }

    /** A round of the newest cases with their markers projected by the same query: nothing kept (no version). */
    private Round projected(SearchSession session, CaseFilter filter, int offset, int limit) {
        List<List<?>> rows = session.search(LandscapeCase.class).select(CatalogueSearches::marker)
                .where(f -> matching(f, filter, null))
                .sort(f -> f.field(NEWEST_FIELD).desc())
                .totalHitCountThreshold(0)
                .fetchHits(offset, limit);
        markersRead.addAndGet(rows.size());
        Map<String, String> names = new HashMap<>();
        return new Round(rows.size(), rows.stream().map(row -> located(row, names)).toList());
    }

    private static ProjectionFinalStep<List<?>> marker(SearchProjectionFactory<?, ?> f) {
        return f.composite().from(f.id(Long.class), f.field("title", String.class),
                f.field(CaseFacet.MUNICIPALITY.indexField(), String.class),
                f.field(CaseSearchBinder.ORGANISATION, String.class)).asList();
    }

    /** A marker projected as id, title, municipality code and organisation name, the name shared by way of names. */
    private static Located located(List<?> row, Map<String, String> names) {
        long id = (Long) row.get(0);
        String title = (String) row.get(1);
        String organisation = (String) row.get(3);
        return new Located(id, Objects.requireNonNullElse((String) row.get(2), ""),
                new MapMarker(title, CaseRoutes.kase(CaseId.of(id), title),
                        organisation == null ? null : names.computeIfAbsent(organisation, same -> same)));
    }

    /** How many cases a round of the newest found, and the markers of those still in the index. */
    private record Round(int hits, List<Located> located) {
    }

    /** A case's id, its municipality's code ("" for none) and its marker. */
    private record Located(long id, String place, MapMarker marker) {
    }

    /**
     * The words' predicate: on the local index the very query the counts are made with ({@link CasesIndex#words}), so
     * that page and counts cannot part; on OpenSearch the same parse by Hibernate Search.
     */
    private PredicateFinalStep words(SearchPredicateFactory f, String text) {
        return index.local() ? f.extension(LuceneExtension.get()).fromLuceneQuery(index.words(text))
                : f.simpleQueryString().field(CasesIndex.TITLE).boost(CasesIndex.TITLE_WEIGHT).field(CasesIndex.BODY)
                        .matching(text).defaultOperator(BooleanOperator.AND);
    }

    /** The search's order: by its sort field, largest first, then relevance, then the newest. */
    public static SortFinalStep order(SearchSortFactory f, CaseSearch search) {
        CaseSort sort = search.effectiveSort();
        return sort.indexField() == null ? f.score().then().field(NEWEST_FIELD).desc()
                : f.field(sort.indexField()).desc().then().score().then().field(NEWEST_FIELD).desc();
    }

    /** The search's words and every facet's selection but {@code left} (all of them for null). */
    public PredicateFinalStep matching(SearchPredicateFactory f, CaseFilter filter, CaseFacet left) {
        return f.bool(clauses -> {
            clauses.must(f.matchAll());
            if (filter.hasText()) {
                clauses.must(words(f, filter.text()));
            }
            filter.selected().forEach((facet, values) -> {
                if (facet != left) {
                    clauses.must(f.terms().field(facet.indexField()).matchingAny(values));
                }
            });
        });
    }
}
