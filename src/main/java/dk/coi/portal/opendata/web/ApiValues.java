package dk.coi.portal.opendata.web;

import dk.coi.portal.landscape.CaseFacet;
import dk.coi.portal.landscape.CaseSector;
import dk.coi.portal.landscape.CaseStage;
import dk.coi.portal.landscape.EvidenceLevel;
import dk.coi.portal.landscape.InnovationType;
import dk.coi.portal.landscape.Novelty;
import dk.coi.portal.organisation.OrganisationType;
import java.time.Instant;
import java.util.Locale;

/** How the API writes values: an enum constant as the catalogue's filters name it, a moment in ISO 8601. */
final class ApiValues {

    private ApiValues() {
    }

    /** {@code ELDERLY_CARE} → {@code elderly-care}, the value the catalogue's filter takes; null stays null. */
    static String code(Enum<?> constant) {
        return constant == null ? null : constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constants a facet's values name, for a facet of an enum's values; none for one of numbers or words. */
    static Enum<?>[] constants(CaseFacet facet) {
        return switch (facet) {
            case SECTOR -> CaseSector.values();
            case LEVEL -> OrganisationType.values();
            case STAGE -> CaseStage.values();
            case TYPE -> InnovationType.values();
            case EVIDENCE -> EvidenceLevel.values();
            case NOVELTY -> Novelty.values();
            case REGION, MUNICIPALITY, YEAR, TAG -> new Enum<?>[0];
        };
    }

    static String time(Instant moment) {
        return moment == null ? null : moment.toString();
    }
}
