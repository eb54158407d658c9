package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.landscape.CaseCard;
import dk.coi.portal.landscape.CaseCards;
import dk.coi.portal.landscape.CaseCatalogue;
import dk.coi.portal.landscape.CaseCatalogueResult;
import dk.coi.portal.landscape.CaseEntry;
import dk.coi.portal.landscape.CaseFacetCounts;
import dk.coi.portal.landscape.CaseFacetValue;
import dk.coi.portal.landscape.CaseFilter;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseSearch;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.landscape.CaseSort;
import dk.coi.portal.landscape.web.CaseMaps;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shared.map.DenmarkMaps;
import dk.coi.portal.shared.map.MapPlace;
import dk.coi.portal.shared.web.OpenDataAddresses;
import dk.coi.portal.shared.ui.ContentLanguage;
import dk.coi.portal.shared.ui.map.DenmarkMap;
import dk.coi.portal.shared.ui.map.MapList;
import java.util.List;

/**
 * The landscape's catalogue for signed-in people (readers who are not signed in get {@code landscape/list.jte} at
 * the same address, with the same ids and words), from the same {@link CaseCatalogue} result: the search box and
 * order, the facets with their counts (a change goes to the search's new address, so the address is always the
 * search), the chosen filters as removable chips, a page of cases, the pages, and the map of the search with its
 * list alternative; above them what the person may start, by the service's rules: register a case (public employees
 * and staff), their own cases, and for staff the cases waiting for review. The count keeps its element between
 * searches, so that screen readers announce the new count.
 */
@Route(CaseRoutes.LIST)
@Menu(title = "nav.landscape", order = 30, icon = "vaadin:map-marker")
@AnonymousAllowed
class CaseListView extends Div implements TranslatedPageTitle, BeforeEnterObserver {

    /** As wide as the catalogue puts its facets beside the results (styles.css), where they start open. */
    private static final String WIDE = "(min-width: 62em)";
    private static final String RESULTS_ID = "catalogue-results";

    private final CaseService cases;
    private final CaseCatalogue catalogue;
    private final DenmarkMaps maps;
    private final Div actions = new Div();
    private final Div problems = new Div();
    private final Div form = new Div();
    /**
     * The facets as one disclosure, closed on a phone so that the results begin near the top, as on the reading page
     * (decision 010). Kept between searches, so that it stays open while the person ticks one value after another.
     */
    private final NativeDetails filters = new NativeDetails();
    private final Div chosen = new Div();
    private final Paragraph count = new Paragraph();
    private final Div found = new Div();

    CaseListView(CaseService cases, CaseCatalogue catalogue, DenmarkMaps maps) {
        this.cases = cases;
        this.catalogue = catalogue;
        this.maps = maps;
        addClassName("portal-case-list-page");
        Paragraph intro = new Paragraph(getTranslation("landscape.list.intro"));
        intro.setId("cases-intro");
        actions.setId("cases-actions");
        actions.addClassName("portal-case-actions");
        form.setId("catalogue-form");
        form.addClassName("portal-catalogue-form");
        form.getElement().setAttribute("role", "search");
        filters.setId("catalogue-filters");
        filters.addClassName("portal-catalogue-filters");
        count.setId("cases-count");
        count.getElement().setAttribute("role", "status");
        Div results = new Div(chosen, count, found);
        results.setId(RESULTS_ID);
        // Focusable by the skip link only, so that a screen reader and the keyboard go on from the results.
        results.getElement().setAttribute("tabindex", "-1");
        results.addClassName("portal-catalogue-results");
        Div layout = new Div(form, results);
        layout.addClassName("portal-catalogue");
        add(new H1(getTranslation(titleKey())), intro, actions, problems, layout);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CaseSearch.Parsed parsed = catalogue.parse(event.getLocation().getQueryParameters().getParameters());
        showActions(cases.entry());
        showProblems(parsed.problems());
        show(catalogue.search(parsed.search()));
    }

    private void showActions(CaseEntry entry) {
        actions.removeAll();
        if (entry.mayRegister()) {
            Anchor register = new Anchor(CaseRoutes.NEW, getTranslation("landscape.list.register"));
            register.setId("cases-register");
            actions.add(register);
        }
        if (entry.mayRegister()) {
            Anchor mine = new Anchor(CaseRoutes.MINE, getTranslation("landscape.list.mine"));
            mine.setId("cases-mine");
            actions.add(mine);
        }
        if (entry.mayReview()) {
            Anchor review = new Anchor(CaseRoutes.REVIEW, getTranslation("landscape.list.review",
                    entry.waitingForReview()));
            review.setId("cases-review");
            actions.add(review);
        }
        if (entry.signedIn() && !entry.mayRegister()) {
            // Anyone signed in may ask a case's contact about reuse, and finds what they sent beside own cases.
            Anchor requests = new Anchor(CaseRoutes.MINE + "#" + SentRequestsSection.ID,
                    getTranslation("landscape.mine.requests"));
            requests.setId("cases-my-requests");
            actions.add(requests);
            Paragraph employeesOnly = new Paragraph(getTranslation("landscape.employees-only.short"));
            employeesOnly.setId("cases-employees-only");
            actions.add(employeesOnly);
        }
    }

    private void showProblems(List<Phrase> said) {
        problems.removeAll();
        problems.setVisible(!said.isEmpty());
        if (said.isEmpty()) {
            return;
        }
        problems.setId("catalogue-problems");
        problems.addClassName("portal-catalogue-problems");
        H2 heading = new H2(getTranslation("landscape.catalogue.problems"));
        UnorderedList list = new UnorderedList();
        said.forEach(problem -> list.add(new ListItem(problem.render(this::getTranslation))));
        problems.add(heading, list);
    }

    private void show(CaseCatalogueResult result) {
        showForm(result);
        showChosen(result);
        CaseCards list = result.list();
        CaseFilter filter = result.search().filter();
        count.setText(list.pastTheLast() ? getTranslation("landscape.list.past-last", list.pages())
                : list.total() == 0 && (filter.filtered() || filter.hasText())
                ? getTranslation("landscape.catalogue.none")
                : list.total() == 0 ? getTranslation("landscape.list.none")
                : getTranslation("landscape.list.count", list.total()));
        found.removeAll();
        if (list.total() > 0) {
            found.add(downloads(result.search()));
        }
        if (list.pastTheLast() && list.pages() > 0) {
            Anchor last = new Anchor(result.last(), getTranslation("landscape.list.last"));
            last.setId("cases-last");
            found.add(new Paragraph(last));
        }
        if (!list.cards().isEmpty()) {
            UnorderedList cards = new UnorderedList();
            cards.setId("cases");
            cards.addClassName("portal-case-list");
            for (CaseCard card : list.cards()) {
                cards.add(card(list, card));
            }
            found.add(cards);
        }
        if (list.pages() > 1 && !list.pastTheLast()) {
            found.add(pager(result));
        }
        showMap(result);
    }

    /** The search's cases as open data (every page of them), and the page about the open data. */
    private Paragraph downloads(CaseSearch search) {
        Anchor csv = new Anchor(search.download(OpenDataAddresses.Download.CSV),
                getTranslation("landscape.catalogue.download.csv"));
        csv.setId("catalogue-download-csv");
        Anchor json = new Anchor(search.download(OpenDataAddresses.Download.JSON),
                getTranslation("landscape.catalogue.download.json"));
        json.setId("catalogue-download-json");
        // Files from the API, not screens: the browser fetches them instead of Vaadin's router.
        csv.setRouterIgnore(true);
        json.setRouterIgnore(true);
        Anchor about = new Anchor(OpenDataAddresses.PAGE, getTranslation("landscape.catalogue.open-data"));
        about.setId("catalogue-open-data");
        Paragraph downloads = new Paragraph(csv, new Text(" "), json, new Text(" "), about);
        downloads.setId("catalogue-downloads");
        downloads.addClassName("portal-catalogue-downloads");
        return downloads;
    }

    private void showForm(CaseCatalogueResult result) {
        form.removeAll();
        CaseSearch search = result.search();
        TextField text = new TextField(getTranslation("landscape.catalogue.search"));
        text.setId("catalogue-text");
        text.setValue(search.filter().text());
        text.setMaxLength(CaseFilter.MAX_TEXT_LENGTH);
        Select<CaseSort> sort = new Select<>();
        sort.setId("catalogue-sort");
        sort.setLabel(getTranslation("landscape.catalogue.sort"));
        sort.setItems(CaseSort.values());
        sort.setItemLabelGenerator(order -> getTranslation(order.labelKey()));
        sort.setValue(search.effectiveSort());
        sort.addValueChangeListener(changed -> go(search.sortedBy(changed.getValue())));
        Button submit = new Button(getTranslation("landscape.catalogue.search-button"),
                clicked -> go(search.with(search.filter().withText(text.getValue()))));
        submit.setId("catalogue-submit");
        submit.addClickShortcut(Key.ENTER).listenOn(text);
        Div query = new Div(text, sort, submit);
        query.addClassName("portal-catalogue-query");
        Section facets = new Section();
        facets.setId("catalogue-facets");
        facets.addClassName("portal-catalogue-facets");
        H2 heading = new H2(getTranslation("landscape.catalogue.filters"));
        heading.setId("catalogue-facets-heading");
        facets.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        // Past some forty checkboxes to the results (a tick shows its results at once: no button to find first).
        Anchor skip = new Anchor("#" + RESULTS_ID, getTranslation("landscape.catalogue.skip"));
        skip.setId("catalogue-skip");
        // A jump within the page, never a load of it (the fragment would resolve against Vaadin's base address).
        skip.getElement().executeJs("""
                this.addEventListener('click', event => {
                    event.preventDefault();
                    const results = document.getElementById($0);
                    results.focus();
                    results.scrollIntoView();
                });""", RESULTS_ID);
        Paragraph skipping = new Paragraph(skip);
        skipping.addClassName("portal-catalogue-skip");
        Div shown = new Div(skipping);
        for (CaseFacetCounts counts : result.facets()) {
            if (!counts.values().isEmpty()) {
                shown.add(facet(counts));
            }
        }
        filters.setSummary(summary("portal-when-closed", "landscape.catalogue.filters.toggle", result),
                summary("portal-when-open", "landscape.catalogue.filters.hide", result));
        filters.setContent(shown);
        facets.add(heading, filters);
        if (search.filter().filtered()) {
            Anchor clear = new Anchor(result.clearAddress(), getTranslation("landscape.catalogue.clear"));
            clear.setId("catalogue-clear");
            Div clearing = new Div(clear);
            clearing.addClassName("portal-catalogue-clear");
            facets.add(clearing);
        }
        form.add(query, facets);
    }

    /** What the filters' summary says when closed or open, as on the reading page: the stylesheet shows one. */
    private Span summary(String className, String key, CaseCatalogueResult result) {
        Span words = new Span(result.active().isEmpty() ? getTranslation(key)
                : getTranslation(key + ".chosen", result.active().size()));
        words.addClassName(className);
        return words;
    }

    /** A facet's values as checkboxes; ticking or unticking one goes to the search with or without it. */
    private NativeDetails facet(CaseFacetCounts counts) {
        String parameter = counts.facet().parameter();
        String name = getTranslation(counts.facet().labelKey());
        Div values = new Div();
        values.getElement().setAttribute("role", "group");
        values.getElement().setAttribute("aria-label", name);
        for (CaseFacetValue value : counts.values()) {
            Checkbox box = new Checkbox((value.named() ? value.name() : getTranslation(value.labelKey()))
                    + " (" + value.count() + ")", value.selected());
            box.setId(value.elementId());
            box.addClassName("portal-facet-value");
            if (value.count() == 0 && !value.selected()) {
                box.addClassName("portal-facet-value-none");
            }
            box.addValueChangeListener(changed -> go(value.address()));
            values.add(value.named() ? ContentLanguage.danish(box) : box);
        }
        NativeDetails details = new NativeDetails(name, values);
        details.setId("facet-" + parameter);
        details.addClassName("portal-facet");
        // Open beside the results on wide screens; on phones closed unless it holds a choice, as on the public page.
        details.setOpen(true);
        if (!counts.anySelected()) {
            details.getElement().executeJs("if (!window.matchMedia($0).matches) { this.open = false; }", WIDE);
        }
        return details;
    }

    private void showChosen(CaseCatalogueResult result) {
        chosen.removeAll();
        if (result.active().isEmpty()) {
            return;
        }
        UnorderedList chips = new UnorderedList();
        chips.setId("catalogue-chips");
        chips.addClassName("portal-chips");
        chips.getElement().setAttribute("aria-label", getTranslation("landscape.catalogue.active"));
        for (CaseFacetValue value : result.active()) {
            Span hidden = new Span(getTranslation("landscape.catalogue.remove") + " ");
            hidden.addClassName("portal-visually-hidden");
            Span shown = new Span(value.named() ? value.name() : getTranslation(value.labelKey()));
            Span cross = new Span(" ×");
            cross.getElement().setAttribute("aria-hidden", "true");
            Anchor remove = new Anchor(value.address(), hidden, value.named() ? ContentLanguage.danish(shown)
                    : shown, cross);
            chips.add(new ListItem(remove));
        }
        chosen.add(chips);
    }

    private void showMap(CaseCatalogueResult result) {
        List<MapPlace> listed = result.map().listed(getTranslation("landscape.catalogue.map.no-place"));
        if (listed.isEmpty()) {
            return;
        }
        Anchor skip = new Anchor("/" + result.search().address() + "#" + CaseMaps.LIST_ID,
                getTranslation("map.skip"));
        skip.addClassName("portal-map-skip");
        // The browser's own jump to the list; Vaadin's router would take it as a navigation to this view.
        skip.getElement().setAttribute("router-ignore", true);
        found.add(skip, new DenmarkMap(CaseMaps.MAP_ID, CaseMaps.element(maps, result.map(), getLocale(),
                "/" + DenmarkMaps.OUTLINE)));
        found.add(new MapList(CaseMaps.LIST_ID, getTranslation("landscape.catalogue.map.list"), listed,
                place -> maps.summary(getLocale(), CaseMaps.PLACE_KEY, place), getTranslation("map.more")));
    }

    private void go(CaseSearch search) {
        go(search.address());
    }

    private void go(String address) {
        Location location = new Location(address);
        getUI().ifPresent(ui -> ui.navigate(location.getPath(), location.getQueryParameters()));
    }

    private ListItem card(CaseCards list, CaseCard card) {
        H2 title = ContentLanguage.danish(new H2(new Anchor(card.path(), card.title())));
        Paragraph meta = new Paragraph(ContentLanguage.danish(new Span(card.organisationName())));
        meta.addClassName("portal-card-meta");
        String municipality = list.municipalityOf(card);
        if (municipality != null) {
            meta.add(new Span(" · "), ContentLanguage.danish(new Span(municipality)));
        }
        meta.add(new Span(" · " + getTranslation(card.sector().labelKey()) + " · "
                + getTranslation(card.stage().labelKey()) + " · " + getTranslation(card.evidenceLevel().labelKey())));
        if (card.reused() != null) {
            meta.add(new Span(" · "), reused(card));
        }
        ListItem item = new ListItem(title, meta, ContentLanguage.danish(new Paragraph(card.summary())));
        item.addClassName("portal-case-card");
        return item;
    }

    static Span reused(CaseCard card) {
        Span reused = new Span(card.reused().render(I18NProvider::translate));
        reused.addClassName("portal-card-reused");
        return reused;
    }

    private Nav pager(CaseCatalogueResult result) {
        CaseCards list = result.list();
        Nav pager = new Nav();
        pager.setId("cases-pager");
        pager.addClassName("portal-pager");
        pager.getElement().setAttribute("aria-label", getTranslation("landscape.list.pages"));
        if (list.hasPrevious()) {
            Anchor previous = new Anchor(result.previous(), getTranslation("landscape.list.previous"));
            previous.setId("cases-previous");
            previous.getElement().setAttribute("rel", "prev");
            pager.add(previous);
        }
        pager.add(new Span(getTranslation("landscape.list.page", list.page() + 1, list.pages())));
        if (list.hasNext()) {
            Anchor next = new Anchor(result.next(), getTranslation("landscape.list.next"));
            next.setId("cases-next");
            next.getElement().setAttribute("rel", "next");
            pager.add(next);
        }
        return pager;
    }

    @Override
    public String titleKey() {
        return "landscape.list.title";
    }
}
