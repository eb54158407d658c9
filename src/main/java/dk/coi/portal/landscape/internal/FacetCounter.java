package dk.coi.portal.landscape.internal;

import dk.coi.portal.landscape.CaseFacet;
import dk.coi.portal.landscape.CaseFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Every facet of a search counted in one pass over the {@code cases} index (Lucene's "drill sideways"): the pass
 * visits the cases the words find that have the chosen values of all chosen facets but at most one; a case with all
 * of them counts in every facet, a case missing only facet F's choice counts in F's sideways counts only (what F's
 * other values would add). Read from each facet field's doc values (the keyword fields' values, as the terms
 * aggregation reads them), so one pass replaces ten aggregations and a query per chosen facet.
 */
final class FacetCounter {

    /** As many values of a facet as the terms aggregation returned (maxTermCount), the most counted. */
    static final int MOST_VALUES = 1000;
    private static final CaseFacet[] FACETS = CaseFacet.values();

    private FacetCounter() {
    }

    /**
     * The counts of the cases {@code words} finds with {@code filter}'s choices ({@code counted}, {@code total}), and
     * with {@code drillSideways} of each chosen facet without its own choice too; the most counted values of each.
     */
    static Counted count(IndexReader reader, Query words, CaseFilter filter, boolean drillSideways) {
        return tally(reader, words, filter, drillSideways).mostCounted();
    }

    /** As {@link #count}, every value counted: to be added up with other segments' ({@link #sum}). */
    static Counted tally(IndexReader reader, Query words, CaseFilter filter, boolean drillSideways) {
        try {
            return new IndexSearcher(reader).search(query(words, filter, drillSideways), passes(filter, drillSideways));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** A pass per slice of the index (one without an executor), their counts added up. */
    private static CollectorManager<Pass, Counted> passes(CaseFilter filter, boolean drillSideways) {
        return new CollectorManager<>() {
            @Override
            public Pass newCollector() {
                return new Pass(filter, drillSideways);
            }

            @Override
            public Counted reduce(Collection<Pass> passes) throws IOException {
                List<Counted> parts = new ArrayList<>();
                for (Pass pass : passes) {
                    parts.add(pass.counted());
                }
                return parts.size() == 1 ? parts.getFirst() : sum(parts);
            }
        };
    }

    /** The counts of parts (segments) of the index added up, every value. */
    static Counted sum(List<Counted> parts) {
        Map<CaseFacet, Map<String, Long>> counted = new EnumMap<>(CaseFacet.class);
        Map<CaseFacet, Map<String, Long>> sideways = new EnumMap<>(CaseFacet.class);
        for (Counted part : parts) {
            part.counted().forEach((facet, counts) -> addTo(counted, facet, counts));
            part.sideways().forEach((facet, counts) -> addTo(sideways, facet, counts));
        }
        return new Counted(parts.stream().mapToLong(Counted::total).sum(), counted, sideways);
    }

    private static void addTo(Map<CaseFacet, Map<String, Long>> sums, CaseFacet facet, Map<String, Long> counts) {
        Map<String, Long> sum = sums.computeIfAbsent(facet, ignored -> new HashMap<>());
        counts.forEach((value, count) -> sum.merge(value, count, Long::sum));
    }

    /** The words, and every chosen facet's choice, or all but one for the sideways counts. */
    private static Query query(Query words, CaseFilter filter, boolean drillSideways) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, Occur.FILTER);
        int chosen = filter.selected().size();
        int required = drillSideways ? chosen - 1 : chosen;
        if (required > 0) {
            BooleanQuery.Builder choices = new BooleanQuery.Builder().setMinimumNumberShouldMatch(required);
            filter.selected().forEach((facet, values) -> choices.add(new TermInSetQuery(facet.indexField(),
                    values.stream().map(BytesRef::new).toList()), Occur.SHOULD));
            query.add(choices.build(), Occur.FILTER);
        }
        return query.build();
    }

    private static Map<String, Long> topValues(Map<String, Long> counts) {
        Map<String, Long> most = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey())).limit(MOST_VALUES)
                .forEach(entry -> most.put(entry.getKey(), entry.getValue()));
        return Collections.unmodifiableMap(most);
    }

    /**
     * A search's facet counts: {@code counted} over the cases it finds ({@code total}), {@code sideways} for each
     * chosen facet counted over the cases it finds without that facet's choice.
     */
    record Counted(long total, Map<CaseFacet, Map<String, Long>> counted, Map<CaseFacet, Map<String, Long>> sideways) {

        /** Of each facet only the {@link #MOST_VALUES} most counted values, most counted first, ties by value. */
        Counted mostCounted() {
            return new Counted(total, most(counted), most(sideways));
        }

        private static Map<CaseFacet, Map<String, Long>> most(Map<CaseFacet, Map<String, Long>> counts) {
            Map<CaseFacet, Map<String, Long>> most = new EnumMap<>(CaseFacet.class);
            counts.forEach((facet, values) -> most.put(facet, topValues(values)));
            return Collections.unmodifiableMap(most);
        }
    }

    /** The pass: per segment, counts by ordinal, added up by value when the segment is done. */
    private static final class Pass extends SimpleCollector {

        private final CaseFilter filter;
        private final boolean drillSideways;
        /** The chosen facets' ordinals (of {@link CaseFacet}), and whether each facet is one of them. */
        private final int[] chosen;
        private final boolean[] isChosen = new boolean[FACETS.length];
        private final List<Map<String, Long>> counted = new ArrayList<>();
        private final List<Map<String, Long>> sideways = new ArrayList<>();
        private long total;
        private final SortedSetDocValues[] values = new SortedSetDocValues[FACETS.length];
        private final int[][] segmentCounted = new int[FACETS.length][];
        private final int[][] segmentSideways = new int[FACETS.length][];
        /** Per chosen facet (by its place in {@code chosen}), whether each ordinal of the segment is chosen. */
        private final boolean[][] chosenOrdinals;
        /** The current case's ordinals of each facet, read once. */
        private final long[][] ordinals = new long[FACETS.length][1];
        private final int[] ordinalCount = new int[FACETS.length];

        Pass(CaseFilter filter, boolean drillSideways) {
            this.filter = filter;
            this.drillSideways = drillSideways;
            this.chosen = filter.selected().keySet().stream().mapToInt(CaseFacet::ordinal).toArray();
            this.chosenOrdinals = new boolean[chosen.length][];
            Arrays.stream(chosen).forEach(field -> isChosen[field] = true);
            for (CaseFacet ignored : FACETS) {
                counted.add(new HashMap<>());
                sideways.add(new HashMap<>());
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            finishSegment();
            for (CaseFacet facet : FACETS) {
                int field = facet.ordinal();
                values[field] = DocValues.getSortedSet(context.reader(), facet.indexField());
                int valueCount = (int) values[field].getValueCount();
                segmentCounted[field] = new int[valueCount];
                segmentSideways[field] = drillSideways && isChosen[field] ? new int[valueCount] : null;
            }
            for (int i = 0; i < chosen.length; i++) {
                SortedSetDocValues facetValues = values[chosen[i]];
                chosenOrdinals[i] = new boolean[(int) facetValues.getValueCount()];
                for (String value : filter.values(FACETS[chosen[i]])) {
                    long ordinal = facetValues.lookupTerm(new BytesRef(value));
                    if (ordinal >= 0) {
                        chosenOrdinals[i][(int) ordinal] = true;
                    }
                }
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            int missing = -1;
            for (int i = 0; i < chosen.length; i++) {
                read(chosen[i], doc);
                if (!hasChosen(i)) {
                    if (missing >= 0) {
                        return;
                    }
                    missing = chosen[i];
                }
            }
            if (missing >= 0) {
                if (segmentSideways[missing] != null) {
                    add(missing, segmentSideways[missing]);
                }
                return;
            }
            total++;
            for (int field = 0; field < FACETS.length; field++) {
                if (!isChosen[field]) {
                    read(field, doc);
                }
                add(field, segmentCounted[field]);
                if (segmentSideways[field] != null) {
                    add(field, segmentSideways[field]);
                }
            }
        }

        private void read(int field, int doc) throws IOException {
            SortedSetDocValues facetValues = values[field];
            if (!facetValues.advanceExact(doc)) {
                ordinalCount[field] = 0;
                return;
            }
            int count = facetValues.docValueCount();
            if (ordinals[field].length < count) {
                ordinals[field] = new long[count];
            }
            for (int i = 0; i < count; i++) {
                ordinals[field][i] = facetValues.nextOrd();
            }
            ordinalCount[field] = count;
        }

        /** Whether the current case has one of the values of the {@code i}th chosen facet. */
        private boolean hasChosen(int i) {
            int field = chosen[i];
            for (int k = 0; k < ordinalCount[field]; k++) {
                if (chosenOrdinals[i][(int) ordinals[field][k]]) {
                    return true;
                }
            }
            return false;
        }

        private void add(int field, int[] counts) {
            for (int k = 0; k < ordinalCount[field]; k++) {
                counts[(int) ordinals[field][k]]++;
            }
        }

        /**
         * What the pass counted, unmodifiable: a segment's counts are kept and read by many searches at once.
         */
        Counted counted() throws IOException {
            finishSegment();
            Map<CaseFacet, Map<String, Long>> counts = new EnumMap<>(CaseFacet.class);
            Map<CaseFacet, Map<String, Long>> sidewaysCounts = new EnumMap<>(CaseFacet.class);
            for (CaseFacet facet : FACETS) {
                counts.put(facet, Map.copyOf(counted.get(facet.ordinal())));
                if (drillSideways && isChosen[facet.ordinal()]) {
                    sidewaysCounts.put(facet, Map.copyOf(sideways.get(facet.ordinal())));
                }
            }
            return new Counted(total, Collections.unmodifiableMap(counts),
                    Collections.unmodifiableMap(sidewaysCounts));
        }

        /** Adds the segment's counts by ordinal to the counts by value (at the next segment and at the end). */
        private void finishSegment() throws IOException {
            for (int field = 0; field < FACETS.length; field++) {
                if (values[field] != null) {
                    addUp(values[field], segmentCounted[field], counted.get(field));
                    if (segmentSideways[field] != null) {
                        addUp(values[field], segmentSideways[field], sideways.get(field));
                    }
                    values[field] = null;
                }
            }
        }

        private static void addUp(SortedSetDocValues facetValues, int[] byOrdinal, Map<String, Long> byValue)
                throws IOException {
            for (int ordinal = 0; ordinal < byOrdinal.length; ordinal++) {
                if (byOrdinal[ordinal] > 0) {
                    byValue.merge(facetValues.lookupOrd(ordinal).utf8ToString(), (long) byOrdinal[ordinal],
                            Long::sum);
                }
            }
        }
    }
}
