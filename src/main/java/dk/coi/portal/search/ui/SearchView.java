package dk.coi.portal.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.search.SearchHit;
import dk.coi.portal.search.SearchResults;
import dk.coi.portal.search.SearchService;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shared.ui.SafeHtmlContent;

/** The portal search: one box, results from every area with the matched words highlighted. */
@Route("sog")
@Menu(title = "nav.search", order = 60, icon = "vaadin:search")
@AnonymousAllowed
class SearchView extends VerticalLayout implements BeforeEnterObserver, TranslatedPageTitle {

    private final SearchService search;
    private final TextField query = new TextField();
    private final Paragraph summary = new Paragraph();
    private final Div results = new Div();
    private final Button more = new Button();
    private int shown;

    SearchView(SearchService search) {
        this.search = search;
        query.setLabel(getTranslation("search.label"));
        query.setMaxLength(SearchService.MAX_QUERY_LENGTH);
        query.setClearButtonVisible(true);
        query.setId("search-query");
        query.addKeyDownListener(Key.ENTER, event -> navigateTo(query.getValue()));
        Button go = new Button(getTranslation("search.submit"), click -> navigateTo(query.getValue()));
        go.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout form = new HorizontalLayout(query, go);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.getElement().setAttribute("role", "search");
        summary.getElement().setAttribute("role", "status");
        summary.setId("search-summary");
        results.setId("search-results");
        results.setWidthFull();
        more.setText(getTranslation("search.more"));
        more.setVisible(false);
        more.addClickListener(click -> showNextPage());
        add(new H1(getTranslation("search.title")), form, summary, results, more);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String q = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        query.setValue(q);
        results.removeAll();
        shown = 0;
        summary.setText("");
        more.setVisible(false);
        if (!q.isBlank()) {
            showNextPage();
        }
    }

    private void navigateTo(String text) {
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, QueryParameters.of("q", text)));
    }

    private void showNextPage() {
        SearchResults page = search.search(query.getValue(), shown, SearchService.PAGE_SIZE);
        page.hits().forEach(hit -> results.add(resultCard(hit)));
        shown += page.hits().size();
        summary.setText(page.totalHits() == 0
                ? getTranslation("search.none", query.getValue())
                : getTranslation("search.count", page.totalHits(), query.getValue()));
        more.setVisible(shown < page.totalHits());
    }

    private Div resultCard(SearchHit hit) {
        Span type = new Span(hit.label(I18NProvider::translate));
        type.addClassName("portal-tag");
        Anchor title = new Anchor(hit.path());
        title.add(SafeHtmlContent.inline(hit.title()));
        Div card = new Div(type, new H2(title), SafeHtmlContent.paragraph(hit.snippet()));
        card.addClassName("portal-card");
        card.addClassName("portal-search-hit");
        return card;
    }

    @Override
    public String titleKey() {
        return "search.title";
    }

    /** What was searched for is in the title, as on the page for readers (search/results.jte). */
    @Override
    public String getPageTitle() {
        return query.getValue().isBlank() ? TranslatedPageTitle.super.getPageTitle()
                : getTranslation("search.title-query", query.getValue()) + " | " + getTranslation("app.name");
    }
}
