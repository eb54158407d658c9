package dk.coi.portal.search;

import java.util.List;

/** A page of results and how many there are in all. */
public record SearchResults(List<SearchHit> hits, long totalHits) {

    public static SearchResults none() {
        return new SearchResults(List.of(), 0);
    }
}
