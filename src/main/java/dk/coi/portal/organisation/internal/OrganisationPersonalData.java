package dk.coi.portal.organisation.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonalDataContributor;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The register's part of a person's GDPR export: the units they added, and when. Erasure keeps the units (other
 * people's content and the register refer to them); who added them then points to the blanked person row, and no
 * page shows it. A merged person needs nothing, as nothing here is shown by person.
 */
@Component
class OrganisationPersonalData implements PersonalDataContributor {

    private final OrganisationRepository organisations;

    OrganisationPersonalData(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    public String section() {
        return "organisation";
    }

    @Override
    public Object export(PersonId person) {
        return Map.of("unitsAdded", organisations.findByAddedByOrderByIdAsc(person.value()).stream()
                .map(unit -> Map.of("organisation", unit.getId(), "name", unit.getName(),
                        "time", unit.getAddedAt().toString())).toList());
    }

    @Override
    public void erase(PersonId person) {
        // The units stay in the register; the person row they point to is blanked by the identity module.
    }
}
