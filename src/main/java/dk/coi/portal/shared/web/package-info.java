/**
 * Server-rendered pages (jte templates under src/main/jte): the frame every such page shares, for every
 * module's public pages and for the error pages; and the cookie with the browser's choice of language, which
 * they and the Vaadin views are shown in.
 */
@org.springframework.modulith.NamedInterface("web")
package dk.coi.portal.shared.web;
