package dk.coi.portal.organisation;

/** What the person looking at an organisation may do with it, by the rules the services enforce. */
public record OrganisationActions(boolean addUnit, boolean markInnovationUnit, boolean merge) {

    public static final OrganisationActions NONE = new OrganisationActions(false, false, false);
}
