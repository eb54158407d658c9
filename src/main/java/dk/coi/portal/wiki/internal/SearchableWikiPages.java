package dk.coi.portal.wiki.internal;

import dk.coi.portal.search.SearchableContent;
import dk.coi.portal.wiki.WikiTitles;
import org.springframework.stereotype.Component;

/** Wiki pages in the portal search: title weighted above the text. */
@Component
class SearchableWikiPages implements SearchableContent<WikiPage> {

    @Override
    public Class<WikiPage> entityType() {
        return WikiPage.class;
    }

    @Override
    public String typeLabelKey() {
        return "search.type.wiki";
    }

    @Override
    public String pathOf(WikiPage page) {
        return WikiTitles.path(page.getTitle());
    }

    @Override
    public String titleOf(WikiPage page) {
        return page.getTitle();
    }
}
