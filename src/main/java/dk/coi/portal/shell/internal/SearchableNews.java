package dk.coi.portal.shell.internal;

import dk.coi.portal.search.SearchableContent;
import org.springframework.stereotype.Component;

/** Makes COI's news findable in the portal search. */
@Component
class SearchableNews implements SearchableContent<NewsItem> {

    @Override
    public Class<NewsItem> entityType() {
        return NewsItem.class;
    }

    @Override
    public String typeLabelKey() {
        return "search.type.news";
    }

    @Override
    public String pathOf(NewsItem news) {
        return "nyheder/" + news.getId();
    }

    @Override
    public String titleOf(NewsItem news) {
        return news.getTitle();
    }
}
