package dk.coi.portal.landscape;

import java.util.Locale;

/** The sector a case works in. */
public enum CaseSector {
    EMPLOYMENT, HEALTH, ELDERLY_CARE, SCHOOLS, CHILDREN, ENVIRONMENT, ADMINISTRATION, CULTURE, OTHER;

    /** The translation key of its name. */
    public String labelKey() {
        return "landscape.sector." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
