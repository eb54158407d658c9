package dk.coi.portal.organisation;

import java.util.Collection;
import java.util.Map;

/**
 * A contribution point: what a feature module shows about organisations on the register's pages (the landscape: an
 * organisation's published cases), which the register itself cannot know, as it depends on no feature module. A
 * module registers a bean; the register asks every one when it shows an organisation's page or the innovation
 * units, and shows their sections in the order of the beans. Read by anyone: only what anonymous readers may see.
 */
public interface OrganisationSections {

    /** This module's section for each of the organisations that has something in it; the others are left out. */
    Map<OrganisationId, OrganisationSection> sectionsOf(Collection<OrganisationId> organisations);
}
