/**
 * The map of Denmark every module may put things on: its value types (a {@link dk.coi.portal.shared.map.MapPlace}
 * per municipality with its {@link dk.coi.portal.shared.map.MapMarker}s and count) and the element that draws them
 * ({@link dk.coi.portal.shared.map.DenmarkMaps}), for the server-rendered pages and the Vaadin views alike
 * ({@code shared.ui.map}).
 */
@org.springframework.modulith.NamedInterface("map")
package dk.coi.portal.shared.map;
