package dk.coi.portal.organisation;

import java.util.Locale;

/** An organisation's government level; a unit has its parent's. */
public enum OrganisationType {
    STATE, REGION, MUNICIPALITY, OTHER;

    public String labelKey() {
        return "organisation.type." + name().toLowerCase(Locale.ROOT);
    }

    /** The level as a page's facts say it ("Kommunal"), beside what the organisation is. */
    public String levelKey() {
        return "organisation.level." + name().toLowerCase(Locale.ROOT);
    }
}
