/**
 * The notification module's screens, and the pieces of them other modules show (the list of notices).
 */
@org.springframework.modulith.NamedInterface("ui")
package dk.coi.portal.notification.ui;
