package dk.coi.portal.landscape;

import java.util.List;

/**
 * What the catalogue found for a search, all a catalogue screen shows: the search, a page of its cases (with how many
 * there are and pages), each facet's values with their counts, and the cases on the map. Its addresses keep the
 * search and change one thing: a page, a filter removed, all filters cleared (the words kept).
 */
public record CaseCatalogueResult(CaseSearch search, CaseCards list, List<CaseFacetCounts> facets, CaseMap map) {

    public CaseCatalogueResult {
        facets = List.copyOf(facets);
    }

    /** The selected values, each with the address of the search without it. */
    public List<CaseFacetValue> active() {
        return facets.stream().flatMap(counts -> counts.values().stream()).filter(CaseFacetValue::selected).toList();
    }

    /** The search with its words but no filters. */
    public String clearAddress() {
        return search.with(CaseFilter.text(search.filter().text())).address();
    }

    public String previous() {
        return search.onPage(list.page() - 1).address();
    }

    public String next() {
        return search.onPage(list.page() + 1).address();
    }

    public String last() {
        return search.onPage(Math.max(list.pages() - 1, 0)).address();
    }

    /** The address search engines should know this search by (no page). */
    public String canonical() {
        return search.canonical();
    }
}
