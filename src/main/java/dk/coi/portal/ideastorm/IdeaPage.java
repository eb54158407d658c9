package dk.coi.portal.ideastorm;

import java.util.List;

/** One page of a storm's ideas as the query asked, with how many ideas the query finds in all. */
public record IdeaPage(IdeaQuery query, List<IdeaCard> ideas, long total) {

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
}
