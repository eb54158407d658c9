/**
 * Server-rendered pages (jte templates under src/main/jte): the frame every such page shares, for every
 * module's public pages and for the error pages.
 */
@org.springframework.modulith.NamedInterface("web")
package dk.coi.portal.shared.web;
