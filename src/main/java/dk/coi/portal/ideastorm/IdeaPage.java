package dk.coi.portal.ideastorm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One page of a storm's ideas as the query asked, with how many ideas the query finds in all; {@code byTheme}: the
 * ideas come theme by theme (in the storm's order of themes, those without one last), to be shown under their
 * themes' headings.
 */
public record IdeaPage(IdeaQuery query, List<IdeaCard> ideas, long total, boolean byTheme) {

    public IdeaPage {
        ideas = List.copyOf(ideas);
    }

    public int pages() {
        return (int) Math.max(1, (total + IdeaQuery.PAGE_SIZE - 1) / IdeaQuery.PAGE_SIZE);
    }

    public boolean hasPrevious() {
        return query.page() > 0;
    }

    public boolean hasNext() {
        return query.page() + 1 < pages();
    }

    /** The page's ideas in runs of one theme each, in their order; {@code themeName} null for those without one. */
    public List<ThemeGroup> themeGroups() {
        List<ThemeGroup> groups = new ArrayList<>();
        List<IdeaCard> run = new ArrayList<>();
        for (IdeaCard idea : ideas) {
            if (!run.isEmpty() && !Objects.equals(run.getFirst().themeName(), idea.themeName())) {
                groups.add(new ThemeGroup(run.getFirst().themeName(), run));
                run = new ArrayList<>();
            }
            run.add(idea);
        }
        if (!run.isEmpty()) {
            groups.add(new ThemeGroup(run.getFirst().themeName(), run));
        }
        return groups;
    }

    /** Ideas of one theme on the page. */
    public record ThemeGroup(String themeName, List<IdeaCard> ideas) {

        public ThemeGroup {
            ideas = List.copyOf(ideas);
        }
    }
}
