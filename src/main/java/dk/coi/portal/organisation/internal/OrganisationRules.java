package dk.coi.portal.organisation.internal;

/** The register's rules that both the services and the screens' permissions read. */
public final class OrganisationRules {

    /** The longest name the register keeps (the column's width). */
    public static final int MAX_NAME_LENGTH = 200;

    private OrganisationRules() {
    }

    /**
     * Whether staff may merge the organisation into another: a municipality or region is reference data, never a
     * duplicate, and one already merged points to its kept organisation for good.
     */
    public static boolean mergeable(Organisation organisation) {
        return !organisation.hasOfficialCode() && !organisation.isMerged();
    }
}
