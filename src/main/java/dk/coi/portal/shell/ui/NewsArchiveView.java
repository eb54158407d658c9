package dk.coi.portal.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shell.NewsArchive;
import dk.coi.portal.shell.NewsItemSummary;
import dk.coi.portal.shell.NewsService;

/** Every news item, newest first, a page at a time ({@code ?side=}), as {@code shell/archive.jte} shows them. */
@Route(NewsArchiveView.ROUTE)
@AnonymousAllowed
class NewsArchiveView extends VerticalLayout implements BeforeEnterObserver, TranslatedPageTitle {

    static final String ROUTE = "nyheder";
    private static final String PAGE = "side";

    private final NewsService news;

    NewsArchiveView(NewsService news) {
        this.news = news;
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        int page = event.getLocation().getQueryParameters().getSingleParameter(PAGE)
                .filter(value -> value.matches("\\d{1,4}")).map(Integer::parseInt).orElse(1);
        NewsArchive archive = news.archive(page);
        if (!archive.exists()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Div list = new Div();
        list.setId("news-archive");
        list.addClassName("portal-news-list");
        list.setWidthFull();
        if (archive.items().isEmpty()) {
            list.add(new Paragraph(getTranslation("home.news.none")));
        }
        for (NewsItemSummary item : archive.items()) {
            list.add(NewsCards.card(new H2(), item, getLocale()));
        }
        add(new H1(getTranslation(titleKey())), list);
        if (archive.pages() > 1) {
            add(pager(archive));
        }
    }

    private Nav pager(NewsArchive archive) {
        Nav pager = new Nav();
        pager.addClassName("portal-pager");
        pager.getElement().setAttribute("aria-label", getTranslation("news.archive.pages"));
        if (archive.hasPrevious()) {
            pager.add(link("news-previous", "news.archive.newer", archive.page() - 1));
        }
        pager.add(new Span(getTranslation("search.page.of", archive.page(), archive.pages())));
        if (archive.hasNext()) {
            pager.add(link("news-next", "news.archive.older", archive.page() + 1));
        }
        return pager;
    }

    private Anchor link(String id, String key, int page) {
        Anchor anchor = new Anchor(page > 1 ? ROUTE + "?" + PAGE + "=" + page : ROUTE, getTranslation(key));
        anchor.setId(id);
        return anchor;
    }

    @Override
    public String titleKey() {
        return "news.archive.title";
    }
}
