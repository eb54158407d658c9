package dk.coi.portal.organisation.internal;

import dk.coi.portal.organisation.OrganisationKind;
import dk.coi.portal.organisation.OrganisationType;

/** The register's rules that both the services and the screens' permissions read. */
public final class OrganisationRules {

    /** The longest name the register keeps (the column's width). */
    public static final int MAX_NAME_LENGTH = 200;

    private OrganisationRules() {
    }

    /**
     * Whether staff may correct the organisation, by merging it into another or by amending its name and municipality:
     * a municipality or region is reference data (never a duplicate, changed by a migration only), and one already
     * merged points to its kept organisation for good (that one is corrected instead).
     */
    public static boolean correctable(Organisation organisation) {
        return !organisation.hasOfficialCode() && !organisation.isMerged();
    }

    /**
     * What the organisation is: a municipality or region of the reference data, a unit under another organisation, or
     * at the top of the register a state body or another organisation.
     */
    public static OrganisationKind kindOf(Organisation organisation) {
        if (organisation.hasOfficialCode()) {
            return organisation.getKind() == OrganisationType.REGION ? OrganisationKind.REGION
                    : OrganisationKind.MUNICIPALITY;
        }
        if (organisation.getParentId() != null) {
            return OrganisationKind.UNIT;
        }
        return organisation.getKind() == OrganisationType.STATE ? OrganisationKind.STATE_BODY
                : OrganisationKind.ORGANISATION;
    }
}
