package dk.coi.portal.landscape;

/**
 * One value of a facet as the catalogue offers it: its value in the address, its name (a translation key, or
 * {@code name} for data such as a municipality, a year or a tag, which is Danish), how many cases of the search have
 * it, whether it is selected, and the address of the search with it selected or not (from the first page).
 */
public record CaseFacetValue(CaseFacet facet, String value, String labelKey, String name, long count,
                             boolean selected, String address) {

    /** Whether its name is data (Danish, as written) rather than a translation key. */
    public boolean named() {
        return name != null;
    }
}
