package dk.coi.portal.ideastorm;

/** What a person writes as an idea, or as its new text: a title, a Markdown description and a theme (may be null). */
public record IdeaDraft(String title, String description, ThemeId theme) {
}
