package dk.coi.portal.landscape;

import java.util.List;

/** A facet's values with their counts, as the catalogue offers them beside its results. */
public record CaseFacetCounts(CaseFacet facet, List<CaseFacetValue> values) {

    public CaseFacetCounts {
        values = List.copyOf(values);
    }

    /** Whether any of its values is selected (its group is then shown open). */
    public boolean anySelected() {
        return values.stream().anyMatch(CaseFacetValue::selected);
    }
}
