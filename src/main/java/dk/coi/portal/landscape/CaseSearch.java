package dk.coi.portal.landscape;

import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.web.OpenDataAddresses;
import dk.coi.portal.shared.web.QueryValues;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A search of the catalogue as its address holds it ({@code landskab?q=sms&sektor=employment&kommune=101&side=2}):
 * the filter, the order (null: {@link CaseSort#standard}) and the page (0 the first). {@link #parse} reads an
 * address's parameters and says what it could not read (an unknown parameter, a value a facet does not have), each
 * as a translated phrase: the catalogue page shows them and searches for the rest, the open-data API answers 400.
 * {@link #parameters} writes them back in a fixed order, empty values left out, so one search has one address.
 */
public record CaseSearch(CaseFilter filter, CaseSort sort, int page) {

    public static final String TEXT = "q";
    public static final String SORT = "sorter";
    public static final String PAGE = "side";
    /** The most values one facet may name in an address. */
    public static final int MAX_VALUES = 50;
    private static final int SHOWN_VALUE_LENGTH = 40;

    public static final CaseSearch ALL = new CaseSearch(CaseFilter.NONE, null, 0);

    public CaseSearch {
        filter = filter == null ? CaseFilter.NONE : filter;
        page = Math.max(page, 0);
    }

    public static CaseSearch of(CaseFilter filter) {
        return new CaseSearch(filter, null, 0);
    }

    /** A search read from an address, with what could not be read from it (nothing when all could). */
    public record Parsed(CaseSearch search, List<Phrase> problems) {

        public Parsed {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads a search from an address's parameters (each name with its values in the order given); a facet in
     * {@code known} takes only the values it lists (the register's municipality and region codes).
     */
    public static Parsed parse(Map<String, List<String>> parameters, Map<CaseFacet, Set<String>> known) {
        List<Phrase> problems = new ArrayList<>();
        Map<CaseFacet, SortedSet<String>> selected = new EnumMap<>(CaseFacet.class);
        String text = "";
        CaseSort sort = null;
        int page = 0;
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            List<String> values = parameter.getValue().stream().filter(value -> value != null && !value.isBlank())
                    .toList();
            switch (name) {
                case TEXT -> {
                    text = single(name, values, problems);
                    if (text.length() > CaseFilter.MAX_TEXT_LENGTH) {
                        problems.add(Phrase.of("landscape.catalogue.text-too-long", CaseFilter.MAX_TEXT_LENGTH));
                    }
                }
                case SORT -> {
                    String value = single(name, values, problems);
                    if (!value.isEmpty()) {
                        sort = CaseSort.ofParameter(value).orElse(null);
                        if (sort == null) {
                            problems.add(badValue(name, value));
                        }
                    }
                }
                case PAGE -> {
                    String value = single(name, values, problems);
                    if (value.matches("0*[1-9]\\d{0,5}")) {
                        page = Integer.parseInt(value) - 1;
                    } else if (!value.isEmpty()) {
                        problems.add(badValue(name, value));
                    }
                }
                default -> {
                    CaseFacet facet = CaseFacet.ofParameter(name).orElse(null);
                    if (facet == null) {
                        problems.add(Phrase.of("landscape.catalogue.unknown-parameter", shown(name)));
                    } else if (values.size() > MAX_VALUES) {
                        problems.add(Phrase.of("landscape.catalogue.too-many-values", name, MAX_VALUES));
                    } else {
                        SortedSet<String> kept = selected.computeIfAbsent(facet, ignored -> new TreeSet<>());
                        for (String value : values) {
                            facet.canonical(value).filter(found -> !known.containsKey(facet)
                                            || known.get(facet).contains(found))
                                    .ifPresentOrElse(kept::add, () -> problems.add(badValue(name, value)));
                        }
                    }
                }
            }
        }
        return new Parsed(new CaseSearch(new CaseFilter(text, selected), sort, page), problems);
    }

    private static String single(String name, List<String> values, List<Phrase> problems) {
        if (values.size() > 1) {
            problems.add(Phrase.of("landscape.catalogue.repeated", name));
        }
        return values.isEmpty() ? "" : values.getFirst().strip();
    }

    private static Phrase badValue(String name, String value) {
        return Phrase.of("landscape.catalogue.bad-value", name, shown(value));
    }

    /** A value as a message quotes it: cut short, so that an address cannot fill the page. */
    private static String shown(String value) {
        return value.length() > SHOWN_VALUE_LENGTH ? value.substring(0, SHOWN_VALUE_LENGTH) + "…" : value;
    }

    /** The order the results are in: the one asked for, or the standard one for the words. */
    public CaseSort effectiveSort() {
        return sort == null ? CaseSort.standard(filter.hasText()) : sort;
    }

    /** The address's parameters in a fixed order (text, facets, order, page), without empty ones. */
    public Map<String, List<String>> parameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (filter.hasText()) {
            parameters.put(TEXT, List.of(filter.text()));
        }
        filter.selected().forEach((facet, values) -> parameters.put(facet.parameter(), List.copyOf(values)));
        if (sort != null) {
            parameters.put(SORT, List.of(sort.parameter()));
        }
        if (page > 0) {
            parameters.put(PAGE, List.of(Integer.toString(page + 1)));
        }
        return parameters;
    }

    /** The catalogue's address for this search, without a leading slash. */
    public String address() {
        String query = query();
        return CaseRoutes.LIST + (query.isEmpty() ? "" : "?" + query);
    }

    /** The address's query string ({@code q=sms&sektor=employment}), empty for the whole catalogue. */
    private String query() {
        List<String> pairs = new ArrayList<>();
        parameters().forEach((name, values) -> values.forEach(value -> pairs.add(name + "="
                + QueryValues.encoded(value))));
        return String.join("&", pairs);
    }

    /**
     * The open-data download of every case this search finds, in its order: the same parameters without the page,
     * which a download of all the cases has none of.
     */
    public String download(OpenDataAddresses.Download format) {
        return OpenDataAddresses.casesDownload(format, onPage(0).query());
    }

    public CaseSearch onPage(int other) {
        return new CaseSearch(filter, sort, other);
    }

    /** The same search from its first page with another filter (a changed filter starts from the top). */
    public CaseSearch with(CaseFilter other) {
        return new CaseSearch(other, sort, 0);
    }

    public CaseSearch sortedBy(CaseSort other) {
        return new CaseSearch(filter, other, 0);
    }

    /** The address a search engine should know the search by: the first page's. */
    public String canonical() {
        return onPage(0).address();
    }
}
