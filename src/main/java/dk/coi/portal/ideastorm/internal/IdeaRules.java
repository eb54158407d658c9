package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.ideastorm.IdeaDraft;
import dk.coi.portal.shared.TextRules;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an idea and a theme must be, as pure rules in the manner of {@link StormRules}: required lines within their
 * lengths and without refused characters, a required description within its length. Every problem is said at
 * once, one translation key per field. Whether the theme fits the storm is the service's to check.
 */
public final class IdeaRules {

    public static final int MAX_TITLE = 150;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_THEME_NAME = 100;
    public static final int MAX_THEME_DESCRIPTION = 500;

    private static final StormRules.LineField TITLE = new StormRules.LineField("title", MAX_TITLE,
            "ideastorm.idea.title.required", "ideastorm.idea.title.too-long");
    private static final StormRules.LineField THEME_NAME = new StormRules.LineField("name", MAX_THEME_NAME,
            "ideastorm.theme.name.required", "ideastorm.theme.name.too-long");

    /** An idea's cleaned texts. */
    public record CheckedIdea(String title, String description) {
    }

    /** A theme's cleaned name and description (null when none was given). */
    public record CheckedTheme(String name, String description) {
    }

    private IdeaRules() {
    }

    /** The draft's texts cleaned, or refused; {@code themeProblem} is added when the service found the theme wrong. */
    public static CheckedIdea check(IdeaDraft draft, String themeProblem) {
        Map<String, String> problems = new LinkedHashMap<>();
        String title = StormRules.line(problems, TITLE, draft.title());
        String description = draft.description() == null ? "" : draft.description().replace("\r\n", "\n").strip();
        if (description.isEmpty()) {
            problems.put("description", "ideastorm.idea.description.required");
        } else if (description.length() > MAX_DESCRIPTION) {
            problems.put("description", "ideastorm.idea.description.too-long");
        } else {
            TextRules.textProblem(description).ifPresent(key -> problems.put("description", key));
        }
        if (themeProblem != null) {
            problems.put("theme", themeProblem);
        }
        StormRules.refuseIfAny(problems);
        return new CheckedIdea(title, description);
    }

    public static CheckedTheme checkTheme(String name, String description) {
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanName = StormRules.line(problems, THEME_NAME, name);
        String cleanDescription = TextRules.normalizeLine(description);
        if (cleanDescription.length() > MAX_THEME_DESCRIPTION) {
            problems.put("description", "ideastorm.theme.description.too-long");
        } else if (!cleanDescription.isEmpty()) {
            TextRules.lineProblem(cleanDescription).ifPresent(key -> problems.put("description", key));
        }
        StormRules.refuseIfAny(problems);
        return new CheckedTheme(cleanName, cleanDescription.isEmpty() ? null : cleanDescription);
    }
}
