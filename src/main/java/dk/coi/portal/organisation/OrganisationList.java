package dk.coi.portal.organisation;

import java.util.List;

/**
 * A page of the list of organisations: the query it answers, the organisations on it, how many match in all and on
 * how many pages, and the regions to filter by.
 */
public record OrganisationList(OrganisationQuery query, List<OrganisationListing> organisations, long total,
                               int pages, List<Region> regions) {

    public OrganisationList {
        organisations = List.copyOf(organisations);
        regions = List.copyOf(regions);
    }

    /** Whether the page asked for lies past the last (there is always a first, if empty). */
    public boolean pastTheLast() {
        return query.page() > 0 && query.page() >= pages;
    }

    public boolean hasPrevious() {
        return query.page() > 0 && !pastTheLast();
    }

    public boolean hasNext() {
        return query.page() + 1 < pages;
    }

    public String previous() {
        return query.onPage(query.page() - 1).address();
    }

    public String next() {
        return query.onPage(query.page() + 1).address();
    }

    /** The last page's address, for a page asked past it. */
    public String last() {
        return query.onPage(Math.max(pages - 1, 0)).address();
    }
}
