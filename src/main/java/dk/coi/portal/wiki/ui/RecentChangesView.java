package dk.coi.portal.wiki.ui;

import dk.coi.portal.wiki.WikiRoutes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shared.ui.ChangeLines;
import dk.coi.portal.wiki.RecentChange;
import dk.coi.portal.wiki.RecentChangesFilter;
import dk.coi.portal.wiki.RecentActivity;
import dk.coi.portal.wiki.RecentChangesScreen;
import dk.coi.portal.wiki.WikiLogLine;
import dk.coi.portal.wiki.WikiScreens;
import dk.coi.portal.wiki.WikiStewardshipService;
import dk.coi.portal.wiki.WikiTitles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Recent changes across the wiki: the last 1, 7 or 30 days, with or without minor edits, by one person, in
 * one category; staff can show only unpatrolled edits and mark edits as patrolled.
 */
@Route(WikiRoutes.RECENT_CHANGES)
@AnonymousAllowed
class RecentChangesView extends VerticalLayout implements BeforeEnterObserver, TranslatedPageTitle {

    private final WikiScreens screens;
    private final WikiStewardshipService stewardship;

    RecentChangesView(WikiScreens screens, WikiStewardshipService stewardship) {
        this.screens = screens;
        this.stewardship = stewardship;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        RecentChangesFilter filter = RecentChangesFilter.of(parameters::getSingleParameter);
        RecentChangesScreen screen = screens.recentChanges(filter.query());
        removeAll();
        Anchor feed = new Anchor("feeds/wiki/seneste-aendringer.atom?sprog=" + getLocale().getLanguage(),
                getTranslation("wiki.feed"));
        feed.setRouterIgnore(true);
        feed.setId("recent-feed");
        add(new H1(getTranslation("wiki.recent.title")), filters(filter, screen), feed);
        if (screen.latestInstead()) {
            Paragraph note = new Paragraph(getTranslation("wiki.recent.latest-instead", RecentChangesScreen.LATEST));
            note.setId("recent-latest-instead");
            add(note);
        }
        show(this, getLocale(), screen.activity(), getTranslation("wiki.recent.none"),
                screen.mayPatrol() ? change -> {
                    stewardship.markPatrolled(change.revision());
                    reload(filter);
                } : null);
    }

    private HorizontalLayout filters(RecentChangesFilter filter, RecentChangesScreen screen) {
        Select<Integer> span = new Select<>();
        span.setLabel(getTranslation("wiki.recent.span"));
        span.setItems(RecentChangesFilter.SPANS);
        span.setItemLabelGenerator(value -> getTranslation("wiki.recent.days", value));
        span.setValue(filter.days());
        span.setId("recent-span");
        Select<Long> person = personFilter(filter, screen);
        TextField category = new TextField(getTranslation("wiki.recent.category"));
        category.setValue(filter.category() == null ? "" : filter.category());
        category.setId("recent-category");
        category.setMaxLength(WikiTitles.MAX_LENGTH);
        Checkbox minor = new Checkbox(getTranslation("wiki.recent.hide-minor"), filter.hideMinor());
        minor.setId("recent-hide-minor");
        Checkbox unpatrolled = new Checkbox(getTranslation("wiki.recent.unpatrolled"), filter.unpatrolled());
        unpatrolled.setId("recent-unpatrolled");
        unpatrolled.setVisible(screen.mayPatrol());
        Runnable apply = () -> reload(new RecentChangesFilter(span.getValue(), minor.getValue(), person.getValue() == 0L ? null
                : person.getValue(), category.getValue().isBlank() ? null : category.getValue(), unpatrolled.getValue()));
        span.addValueChangeListener(change -> apply.run());
        person.addValueChangeListener(change -> apply.run());
        category.addValueChangeListener(change -> apply.run());
        minor.addValueChangeListener(change -> apply.run());
        unpatrolled.addValueChangeListener(change -> apply.run());
        HorizontalLayout filters = new HorizontalLayout(span, person, category, minor, unpatrolled);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    /** Everyone who acted in the period (0 stands for "everyone"). */
    private Select<Long> personFilter(RecentChangesFilter filter, RecentChangesScreen screen) {
        Map<Long, String> authors = new LinkedHashMap<>();
        authors.put(0L, getTranslation("wiki.recent.everyone"));
        authors.putAll(screen.people());
        if (filter.person() != null) {
            authors.putIfAbsent(filter.person(), "#" + filter.person());
        }
        Select<Long> person = new Select<>();
        person.setLabel(getTranslation("wiki.recent.person"));
        person.setItems(authors.keySet());
        person.setItemLabelGenerator(authors::get);
        person.setValue(filter.person() == null ? 0L : filter.person());
        person.setId("recent-person");
        return person;
    }

    private void reload(RecentChangesFilter filter) {
        getUI().ifPresent(ui -> ui.navigate(RecentChangesView.class, new QueryParameters(filter.parameters())));
    }

    static void show(VerticalLayout view, Locale locale, List<? extends RecentActivity> changes, String none) {
        show(view, locale, changes, none, null);
    }

    /**
     * The changes as a list: time (to the revision), the diff to the page's previous revision ("ny" for a new
     * page), page, author, size change, minor mark, summary; log lines between them. With {@code patrol} (staff),
     * unpatrolled edits are marked and get a button that marks them patrolled.
     */
    static void show(VerticalLayout view, Locale locale, List<? extends RecentActivity> changes, String none,
                     Consumer<RecentChange> patrol) {
        if (changes.isEmpty()) {
            view.add(new Paragraph(none));
            return;
        }
        OrderedList list = new OrderedList();
        list.setId("recent-changes");
        for (RecentActivity entry : changes) {
            list.add(switch (entry) {
                case RecentChange change -> editItem(change, locale, patrol);
                case WikiLogLine line -> LogLines.item(line, locale);
            });
        }
        view.add(list);
    }

    private static ListItem editItem(RecentChange change, Locale locale, Consumer<RecentChange> patrol) {
        Anchor when = new Anchor(WikiRoutes.revision(change.pageTitle(), change.revision()),
                ChangeLines.time(change.time(), locale));
        ListItem item = new ListItem(when, ChangeLines.separator(), diffOrNew(change), ChangeLines.separator(),
                new Anchor(WikiRoutes.page(change.pageTitle()), change.pageTitle()), ChangeLines.separator(),
                ChangeLines.author(change.author(), change.authorId(), WikiRoutes::contributions));
        EditDetails.addTo(item, change.sizeChange(), change.minor(), change.summary());
        if (patrol != null && !change.patrolled()) {
            Span mark = new Span(I18NProvider.translate("wiki.recent.unpatrolled-mark"));
            mark.addClassName("portal-tag");
            Button patrolled = new Button(I18NProvider.translate("wiki.recent.mark-patrolled"),
                    click -> patrol.accept(change));
            patrolled.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            patrolled.setId("patrol-" + change.revision());
            patrolled.getElement().setAttribute("aria-label", I18NProvider.translate(
                    "wiki.recent.mark-patrolled-named", change.pageTitle(), ChangeLines.time(change.time(), locale)));
            item.add(ChangeLines.separator(), mark, ChangeLines.separator(), patrolled);
        }
        return item;
    }

    /** MediaWiki's "diff" link to the revision before, or its "new" mark when the edit created the page. */
    private static Component diffOrNew(RecentChange change) {
        if (change.createdThePage()) {
            return ChangeLines.mark(I18NProvider.translate("wiki.recent.new"),
                    I18NProvider.translate("wiki.recent.new-title"));
        }
        Anchor diff = new Anchor(WikiRoutes.diff(change.pageTitle(), change.previousRevision(), change.revision()),
                I18NProvider.translate("wiki.recent.diff"));
        diff.addClassName("portal-diff-link");
        return diff;
    }

    @Override
    public String titleKey() {
        return "wiki.recent.title";
    }
}
