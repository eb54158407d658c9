/**
 * Named revisions for every audited entity: one Envers revision entity for the whole portal (who, when, what
 * the change was), filled in for every audited write, and reading a module's history.
 */
@org.springframework.modulith.NamedInterface("revision")
package dk.coi.portal.shared.revision;
