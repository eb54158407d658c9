package dk.coi.portal.ideastorm;

import java.util.List;

/**
 * A storm's ideas section as its page shows it, from one call: the storm's themes, the page of ideas asked for,
 * whether the visitor may submit an idea now (and why not), and whether they may manage the themes (staff).
 */
public record IdeaBoard(StormId storm, List<Theme> themes, IdeaPage ideas, Submission submission,
                        boolean mayManageThemes) {

    public IdeaBoard {
        themes = List.copyOf(themes);
    }

    /** Where the storm has themes, an idea must name one. */
    public boolean themeRequired() {
        return !themes.isEmpty();
    }
}
