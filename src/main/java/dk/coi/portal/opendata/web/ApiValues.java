package dk.coi.portal.opendata.web;

import dk.coi.portal.landscape.CaseFacet;
import java.time.Instant;

/** How the API writes values: an enum constant as the catalogue's filters name it, a moment in ISO 8601. */
final class ApiValues {

    private ApiValues() {
    }

    /** {@code ELDERLY_CARE} → {@code elderly-care}, the value the catalogue's filter takes; null stays null. */
    static String code(Enum<?> constant) {
        return constant == null ? null : CaseFacet.value(constant);
    }

    static String time(Instant moment) {
        return moment == null ? null : moment.toString();
    }
}
