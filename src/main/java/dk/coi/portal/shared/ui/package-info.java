/**
 * The portal's shared UI pieces, for every module's views.
 */
@org.springframework.modulith.NamedInterface("ui")
package dk.coi.portal.shared.ui;
