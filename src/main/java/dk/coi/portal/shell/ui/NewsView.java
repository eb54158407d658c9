package dk.coi.portal.shell.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.shell.NewsItemSummary;
import dk.coi.portal.shell.NewsService;

/** One news item. */
@Route("nyheder/:id(\\d{1,18})")
@AnonymousAllowed
class NewsView extends Article implements BeforeEnterObserver, HasDynamicTitle {

    private final NewsService news;
    private String title = "";

    NewsView(NewsService news) {
        this.news = news;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var item = event.getRouteParameters().getLong("id").flatMap(news::find);
        if (item.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(item.get());
    }

    private void show(NewsItemSummary item) {
        title = item.title();
        removeAll();
        add(new H1(item.title()), new Paragraph(DateFormats.longDate(item.publishedOn(), getLocale())));
        for (String paragraph : item.body().split("\\n\\s*\\n")) {
            add(new Paragraph(paragraph));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
