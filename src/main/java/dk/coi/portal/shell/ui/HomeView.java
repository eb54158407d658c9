package dk.coi.portal.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shell.NewsItemSummary;
import dk.coi.portal.shell.NewsService;
import dk.coi.portal.shell.internal.FixedPages;
import java.util.List;

/** The front page: what the portal is, its areas, and what is new. */
@Route("")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@AnonymousAllowed
class HomeView extends VerticalLayout implements TranslatedPageTitle {

    HomeView(NewsService news) {
        setPadding(false);
        add(new H1(getTranslation("home.title")), new Paragraph(getTranslation("home.intro")));

        Div areas = new Div();
        areas.addClassName("portal-card-grid");
        for (String area : FixedPages.AREAS) {
            Anchor link = new Anchor(area, getTranslation("home.area." + area + ".title"));
            Div card = new Div(new H3(link), new Paragraph(getTranslation("home.area." + area + ".text")));
            card.addClassName("portal-card");
            areas.add(card);
        }
        Section areaSection = new Section(new H2(getTranslation("home.areas")), areas);
        areaSection.setWidthFull();

        Div latest = new Div();
        latest.addClassName("portal-news-list");
        latest.setId("whats-new");
        List<NewsItemSummary> items = news.latest(NewsService.ON_FRONT_PAGE);
        if (items.isEmpty()) {
            latest.add(new Paragraph(getTranslation("home.news.none")));
        }
        for (NewsItemSummary item : items) {
            latest.add(NewsCards.card(new H3(), item, getLocale()));
        }
        Anchor archive = new Anchor(NewsArchiveView.ROUTE, getTranslation("home.news.all"));
        archive.setId("news-archive-link");
        Section newsSection = new Section(new H2(getTranslation("home.news")), latest, new Paragraph(archive));
        newsSection.setWidthFull();
        add(areaSection, newsSection);
    }

    @Override
    public String titleKey() {
        return "home.title";
    }
}
