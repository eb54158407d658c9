/**
 * Moderation's UI: the staff queue, and the report control other modules' views put beside their content.
 */
@org.springframework.modulith.NamedInterface("ui")
package dk.coi.portal.moderation.ui;
