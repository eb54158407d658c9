package dk.coi.portal.landscape;

/**
 * A case's contact person as a reader sees them: their role, and their name only when they chose to be shown or the
 * reader may edit the case ({@code name} null otherwise, and once erased).
 */
public record CaseContact(String name, String role) {
}
