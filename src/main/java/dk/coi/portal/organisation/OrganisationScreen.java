package dk.coi.portal.organisation;

import dk.coi.portal.shared.Phrase;
import java.util.List;

/**
 * An organisation's page: what it is ({@code kind}, e.g. "Enhed under Aarhus Kommune", translated when shown; its
 * government level is its summary's type), where ({@code municipality} null when it is located in none or is a
 * region or state body; {@code region} the region it lies in, null for a region itself or when unknown), under whom
 * ({@code parent} null at the top), its units, whether it is an innovation unit, what the person looking may do, and
 * (for staff) the duplicates merged into it whose merge may still be undone; {@code version} the one shown, given back
 * with a correction so that a correction of an older one is refused.
 */
public record OrganisationScreen(OrganisationSummary organisation, Phrase kind, Integer officialCode,
                                 Municipality municipality, Region region, OrganisationSummary parent,
                                 List<OrganisationSummary> units, boolean innovationUnit, OrganisationActions may,
                                 List<OrganisationSummary> undoableMerges, long version) {

    public OrganisationScreen {
        units = List.copyOf(units);
        undoableMerges = List.copyOf(undoableMerges);
    }

    public String path() {
        return organisation.path();
    }
}
