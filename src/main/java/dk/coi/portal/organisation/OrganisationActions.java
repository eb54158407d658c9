package dk.coi.portal.organisation;

/**
 * What the person looking at an organisation may do with it, by the rules the services enforce: add a unit under it,
 * mark it an innovation unit, merge it into another, correct its name and municipality.
 */
public record OrganisationActions(boolean addUnit, boolean markInnovationUnit, boolean merge, boolean amend) {

    public static final OrganisationActions NONE = new OrganisationActions(false, false, false, false);
}
