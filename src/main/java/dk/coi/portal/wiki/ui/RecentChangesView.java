package dk.coi.portal.wiki.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.wiki.RecentChange;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiTitles;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Recent changes across the wiki: the last 1, 7 or 30 days, with or without minor edits. */
@Route("wiki/seneste-aendringer")
@AnonymousAllowed
class RecentChangesView extends VerticalLayout implements BeforeEnterObserver, TranslatedPageTitle {

    private static final List<Integer> SPANS = List.of(1, 7, 30);
    static final int LIMIT = 200;

    private final WikiService wiki;

    RecentChangesView(WikiService wiki) {
        this.wiki = wiki;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        int days = query.getSingleParameter("dage").filter(value -> value.matches("\\d{1,3}"))
                .map(Integer::parseInt).filter(SPANS::contains).orElse(7);
        boolean hideMinor = query.getSingleParameter("mindre").filter("skjul"::equals).isPresent();
        removeAll();
        Anchor feed = new Anchor("feeds/wiki/seneste-aendringer.atom", getTranslation("wiki.feed"));
        feed.setRouterIgnore(true);
        feed.setId("recent-feed");
        add(new H1(getTranslation("wiki.recent.title")), filters(days, hideMinor), feed);
        show(this, getLocale(), wiki.recentChanges(days, !hideMinor, null, LIMIT), getTranslation("wiki.recent.none"));
    }

    private HorizontalLayout filters(int days, boolean hideMinor) {
        Select<Integer> span = new Select<>();
        span.setLabel(getTranslation("wiki.recent.span"));
        span.setItems(SPANS);
        span.setItemLabelGenerator(value -> getTranslation("wiki.recent.days", value));
        span.setValue(days);
        span.setId("recent-span");
        Checkbox minor = new Checkbox(getTranslation("wiki.recent.hide-minor"), hideMinor);
        minor.setId("recent-hide-minor");
        span.addValueChangeListener(change -> reload(change.getValue(), minor.getValue()));
        minor.addValueChangeListener(change -> reload(span.getValue(), change.getValue()));
        HorizontalLayout filters = new HorizontalLayout(span, minor);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private void reload(int days, boolean hideMinor) {
        getUI().ifPresent(ui -> ui.navigate(RecentChangesView.class, new QueryParameters(Map.of(
                "dage", List.of(String.valueOf(days)), "mindre", List.of(hideMinor ? "skjul" : "vis")))));
    }

    /** The changes as a list: time (to the diff), page, author, size change, minor mark, summary. */
    static void show(VerticalLayout view, Locale locale, List<RecentChange> changes, String none) {
        if (changes.isEmpty()) {
            view.add(new Paragraph(none));
            return;
        }
        OrderedList list = new OrderedList();
        list.setId("recent-changes");
        for (RecentChange change : changes) {
            Anchor when = new Anchor(WikiTitles.path(change.pageTitle()) + "/version/" + change.revision(),
                    ChangeLines.time(change.time(), locale));
            ListItem item = new ListItem(when, ChangeLines.separator(),
                    new Anchor(WikiTitles.path(change.pageTitle()), change.pageTitle()), ChangeLines.separator(),
                    ChangeLines.author(change.author(), change.authorId()));
            ChangeLines.addDetails(item, change.sizeChange(), change.minor(), change.summary());
            list.add(item);
        }
        view.add(list);
    }

    @Override
    public String titleKey() {
        return "wiki.recent.title";
    }
}
