/**
 * The portal-wide register of public workplaces: the 98 municipalities and 5 regions with their official codes and
 * map centres, the state bodies and other organisations, and the units employees add under them. Feature modules
 * (cases, people's workplaces, good stories, internships) refer to an organisation by {@link
 * dk.coi.portal.organisation.OrganisationId} and follow {@link dk.coi.portal.organisation.OrganisationsMerged}; this
 * module depends on no feature module.
 */
package dk.coi.portal.organisation;
