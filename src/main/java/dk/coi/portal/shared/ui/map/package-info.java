/**
 * The map of Denmark and its list alternative as Vaadin components, drawing what {@code shared.map} describes.
 */
@org.springframework.modulith.NamedInterface("ui-map")
package dk.coi.portal.shared.ui.map;
