package dk.coi.portal.ideastorm;

/**
 * Where another module carried an idea on, as the idea's page names it: {@code labelKey} the words before the link
 * ("Videreført som case:"), {@code title} and {@code path} (without the leading slash) of what it became.
 */
public record IdeaFollowUp(String labelKey, String title, String path) {
}
