package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.ideastorm.Criterion;
import dk.coi.portal.ideastorm.Participation;
import dk.coi.portal.ideastorm.StormResults;
import dk.coi.portal.ideastorm.StormResults.ResultIdea;
import dk.coi.portal.ideastorm.StormResults.ThemeResults;
import dk.coi.portal.ideastorm.StormResultsService;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.ideastorm.web.ResultsChart;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.Navigation;
import dk.coi.portal.shared.ui.ContentLanguage;
import dk.coi.portal.shared.ui.SafeHtmlContent;
import java.util.Optional;

/**
 * A storm's results for signed-in people, the same elements as the reading page {@code ideastorm/results.jte}: the
 * ideas by theme, ranked by votes where the storm shows counts, the participation per day as a table drawn as a chart
 * ({@code results-chart.js}), and the downloads. Staff see the results before they are published, marked as a
 * preview; anyone else finds nothing here until then.
 */
@Route(StormRoutes.LIST + "/:storm(" + StormRoutes.STORM_SEGMENT + ")/" + StormRoutes.RESULTS)
@AnonymousAllowed
class StormResultsView extends Article implements BeforeEnterObserver, HasDynamicTitle {

    private final StormResultsService results;
    private String title = "";

    StormResultsView(StormResultsService results) {
        this.results = results;
        addClassName("portal-storm-results");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String segment = event.getRouteParameters().get("storm").orElse("");
        Optional<StormResults> found = StormRoutes.idOf(segment).flatMap(results::results);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!found.get().path().equals(StormRoutes.LIST + "/" + segment + "/" + StormRoutes.RESULTS)) {
            event.forwardTo(Navigation.routerPath(found.get().path()));
            return;
        }
        show(found.get());
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // Imported rather than added as a script element, which would carry no nonce (decision 002).
        getElement().executeJs("import($0)", "/" + ResultsChart.ELEMENT_SCRIPT);
    }

    private void show(StormResults shown) {
        removeAll();
        title = getTranslation("ideastorm.results.title", shown.title());
        Anchor storm = ContentLanguage.danish(new Anchor(shown.stormPath(), shown.title()));
        storm.setId("results-storm");
        Paragraph stormLine = new Paragraph(storm);
        stormLine.addClassName("portal-idea-storm");
        add(stormLine, new H1(title));
        Paragraph published = new Paragraph(shown.published()
                ? getTranslation("ideastorm.results.published", DateFormats.dateTime(shown.publishedAt(), getLocale()))
                : getTranslation("ideastorm.results.preview"));
        published.setId("results-published");
        if (!shown.published()) {
            published.addClassName("portal-preview");
        }
        add(published, downloads(shown), ranking(shown));
        if (!shown.criteria().isEmpty()) {
            add(criteria(shown));
        }
        add(participation(shown.participation()));
    }

    private Paragraph downloads(StormResults shown) {
        Anchor csv = new Anchor(shown.csvPath(), getTranslation("ideastorm.results.csv"));
        csv.setId("results-csv");
        csv.getElement().setAttribute("download", true);
        csv.setRouterIgnore(true);
        Anchor json = new Anchor(shown.jsonPath(), getTranslation("ideastorm.results.json"));
        json.setId("results-json");
        json.getElement().setAttribute("download", true);
        json.setRouterIgnore(true);
        Paragraph downloads = new Paragraph(new Text(getTranslation("ideastorm.results.download") + " "), csv,
                new Text(" · "), json);
        downloads.setId("results-downloads");
        return downloads;
    }

    private Section participation(Participation participation) {
        Section section = StormSections.labelled("results-participation", "ideastorm.results.participation");
        if (participation.days().isEmpty()) {
            section.add(new Paragraph(getTranslation("ideastorm.results.participation.none")));
            return section;
        }
        Element row = new Element("tr").appendChild(header("col", getTranslation("ideastorm.results.day")));
        participation.series().forEach(series -> row.appendChild(header("col", getTranslation(series.kind()
                .labelKey()))));
        Element body = new Element("tbody");
        for (Participation.Line day : participation.lines()) {
            Element line = new Element("tr").setAttribute("data-day", day.from().toString());
            if (day.quiet()) {
                line.setAttribute("class", "portal-results-quiet").setAttribute("data-to", day.to().toString())
                        .appendChild(header("row", getTranslation("ideastorm.results.quiet-days",
                                DateFormats.longDate(day.from(), getLocale()), DateFormats.longDate(day.to(),
                                        getLocale()))));
            } else {
                line.appendChild(new Element("th").setAttribute("scope", "row").appendChild(new Element("time")
                        .setAttribute("datetime", day.from().toString())
                        .setText(DateFormats.longDate(day.from(), getLocale()))));
            }
            day.counts().forEach(count -> line.appendChild(new Element("td")
                    .setAttribute("data-count", String.valueOf(count)).setText(String.valueOf(count))));
            body.appendChild(line);
        }
        Element totals = new Element("tr").appendChild(header("row", getTranslation("ideastorm.results.total")));
        participation.series().forEach(series -> totals.appendChild(new Element("td")
                .setText(String.valueOf(series.total()))));
        Element table = new Element("table").setAttribute("id", "results-participation-table")
                .setAttribute("class", "portal-results-table").appendChild(
                        new Element("caption").setAttribute("id", "results-participation-caption")
                                .setText(getTranslation("ideastorm.results.participation.caption")),
                        new Element("thead").appendChild(row), body, new Element("tfoot").appendChild(totals));
        Element scroll = new Element("div").setAttribute("class", "portal-table-scroll").setAttribute("tabindex", "0")
                .setAttribute("role", "region").setAttribute("aria-labelledby", "results-participation-caption")
                .appendChild(table);
        Element chart = new Element("portal-participation-chart").setAttribute("data-library", ResultsChart.LIBRARY)
                .setAttribute("data-stylesheet", ResultsChart.STYLESHEET)
                .setAttribute("data-summary", ResultsChart.summary(participation, getLocale(), I18NProvider::translate))
                .appendChild(scroll);
        section.getElement().appendChild(chart);
        return section;
    }

    /** The rubric the ideas were assessed by, as the results publish it. */
    private Section criteria(StormResults shown) {
        Section section = StormSections.labelled("results-criteria", "ideastorm.results.criteria");
        UnorderedList list = new UnorderedList();
        for (Criterion criterion : shown.criteria()) {
            ListItem item = new ListItem(ContentLanguage.danish(new Span(getTranslation("ideastorm.results.criterion",
                    criterion.name(), criterion.weight()))));
            if (criterion.description() != null) {
                item.add(new Text(" – "), ContentLanguage.danish(new Span(criterion.description())));
            }
            list.add(item);
        }
        section.add(new Paragraph(getTranslation("ideastorm.results.criteria.intro")), list);
        return section;
    }

    private static Element header(String scope, String text) {
        return new Element("th").setAttribute("scope", scope).setText(text);
    }

    private Section ranking(StormResults shown) {
        Section section = StormSections.labelled("results-ranking", shown.countsShown() ? "ideastorm.results.ranking"
                : "ideastorm.results.ideas");
        Paragraph count = new Paragraph(getTranslation(shown.countsShown() ? "ideastorm.results.ranking.intro"
                : "ideastorm.results.counts-hidden", shown.ideaCount()));
        count.setId("results-count");
        section.add(count);
        for (ThemeResults group : shown.themes()) {
            Section theme = new Section();
            theme.addClassName("portal-results-theme");
            H3 name = group.name() == null ? new H3(getTranslation("ideastorm.results.without-theme"))
                    : ContentLanguage.danish(new H3(group.name()));
            theme.add(name);
            if (group.ideas().isEmpty()) {
                theme.add(new Paragraph(getTranslation("ideastorm.results.theme-empty")));
            } else {
                Component list = shown.countsShown() ? new OrderedList() : new UnorderedList();
                list.addClassName("portal-results-ideas");
                for (ResultIdea idea : group.ideas()) {
                    ListItem item = new ListItem(ContentLanguage.danish(new Anchor(idea.path(), idea.title())),
                            new Text(" "), facts(idea), answer(idea));
                    if (idea.rank() != null) {
                        item.getElement().setAttribute("value", String.valueOf(idea.rank()));
                    }
                    list.getElement().appendChild(item.getElement());
                }
                theme.add(list);
            }
            section.add(theme);
        }
        return section;
    }

    private Span facts(ResultIdea idea) {
        Span facts = new Span();
        facts.addClassName("portal-results-facts");
        if (idea.places() != null) {
            Span places = new Span(idea.places().render((key, arguments) -> getTranslation(key, arguments)));
            places.addClassName("portal-results-places");
            facts.add(places, new Text(" · "));
        }
        facts.add(new Text(getTranslation("ideastorm.ideas.by", idea.authorName() == null
                ? getTranslation("person.erased") : idea.authorName()) + " · "
                + getTranslation(idea.statusLabelKey())));
        if (idea.votes() != null) {
            Span votes = new Span(getTranslation("ideastorm.vote.count", idea.votes()));
            votes.addClassName("portal-results-votes");
            facts.add(new Text(" · "), votes);
        }
        if (idea.score() != null) {
            Span score = new Span(getTranslation("ideastorm.results.score", idea.score()));
            score.addClassName("portal-results-score");
            facts.add(new Text(" · "), score);
        }
        return facts;
    }

    /** The idea's public answer, or that it has none yet. */
    private Component answer(ResultIdea idea) {
        if (idea.answer() == null) {
            Paragraph none = new Paragraph(getTranslation("ideastorm.results.no-answer"));
            none.addClassName("portal-results-facts");
            return none;
        }
        Paragraph label = new Paragraph(getTranslation("ideastorm.results.answer"));
        label.addClassName("portal-results-answer-label");
        Div answer = new Div(label, ContentLanguage.danish(SafeHtmlContent.prose(idea.answer())));
        answer.addClassName("portal-results-answer");
        return answer;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
