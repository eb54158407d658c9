package dk.coi.portal.organisation;

import java.util.List;

/** A page of the register as open data, and how many organisations the query finds in all. */
public record RegisteredOrganisations(List<RegisteredOrganisation> organisations, long total) {

    public RegisteredOrganisations {
        organisations = List.copyOf(organisations);
    }
}
