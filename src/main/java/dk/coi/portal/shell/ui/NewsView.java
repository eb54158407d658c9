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
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.MarkdownService;
import dk.coi.portal.shell.NewsItemSummary;
import dk.coi.portal.shell.NewsService;
import dk.coi.portal.shared.ui.SafeHtmlContent;
import dk.coi.portal.shared.ui.ContentLanguage;

/** One news item. */
@Route("nyheder/:id(\\d{1,18})")
@AnonymousAllowed
class NewsView extends Article implements BeforeEnterObserver, HasDynamicTitle {

    private final NewsService news;
    private final MarkdownService markdown;
    private String title = "";

    NewsView(NewsService news, MarkdownService markdown) {
        this.news = news;
        this.markdown = markdown;
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
        H1 heading = new H1(item.title());
        ContentLanguage.danish(heading);
        add(heading, new Paragraph(DateFormats.longDate(item.publishedOn(), getLocale())));
        add(SafeHtmlContent.prose(markdown.render(item.body())));
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
