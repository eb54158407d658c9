package dk.coi.portal.organisation;

import java.util.List;

/**
 * An organisation's page: what it is, where ({@code municipality} null when it is located in none or is a region or
 * state body), under whom ({@code parent} null at the top), its units, whether it is an innovation unit, and what the
 * person looking may do.
 */
public record OrganisationScreen(OrganisationSummary organisation, Integer officialCode, Municipality municipality,
                                 OrganisationSummary parent, List<OrganisationSummary> units, boolean innovationUnit,
                                 OrganisationActions may) {

    public OrganisationScreen {
        units = List.copyOf(units);
    }

    public String path() {
        return organisation.path();
    }
}
