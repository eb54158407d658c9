package dk.coi.portal.wiki.ui;

import dk.coi.portal.wiki.WikiRoutes;
import dk.coi.portal.shared.Navigation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.ui.ChangeLines;
import dk.coi.portal.shared.ui.RevisionPicker;
import dk.coi.portal.wiki.EditConflictException;
import dk.coi.portal.wiki.HistoryLine;
import dk.coi.portal.wiki.HistoryScreen;
import dk.coi.portal.wiki.WikiScreens;
import dk.coi.portal.wiki.WikiPageView;
import dk.coi.portal.wiki.WikiStewardshipService;
import dk.coi.portal.wiki.WikiTitles;
import java.util.List;
import java.util.Map;
import dk.coi.portal.shared.ui.FormStatus;

/**
 * A page's history, newest first, a screen at a time: author, time, summary, minor mark, size change; any two
 * revisions on the screen can be picked for comparison, as with MediaWiki's radio buttons.
 */
@Route(WikiRoutes.HISTORY)
@AnonymousAllowed
class PageHistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WikiScreens screens;
    private final WikiStewardshipService stewardship;
    private final FormStatus status = new FormStatus("history-status");
    private String title = "";

    PageHistoryView(WikiScreens screens, WikiStewardshipService stewardship) {
        this.screens = screens;
        this.stewardship = stewardship;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        title = PageTitleParameter.of(event);
        long before = event.getLocation().getQueryParameters().getSingleParameter(WikiRoutes.HISTORY_BEFORE)
                .filter(value -> value.matches("\\d{1,18}")).map(Long::parseLong).orElse(0L);
        removeAll();
        Anchor feed = new Anchor("feeds/wiki/historik.atom?" + QueryParameters.simple(Map.of("side", title,
                "sprog", getLocale().getLanguage())).getQueryString(), getTranslation("wiki.feed"));
        feed.setRouterIgnore(true);
        feed.setId("history-feed");
        add(new H1(getTranslation("wiki.history.heading", title)),
                new Anchor(WikiTitles.path(title), getTranslation("wiki.history.back")), feed);
        HistoryScreen screen = screens.history(title, before, HistoryScreen.PAGE_SIZE);
        List<HistoryLine> lines = screen.lines();
        if (lines.isEmpty()) {
            add(new Paragraph(getTranslation("wiki.history.none")));
            return;
        }
        if (before == 0 && screen.mayRollback()) {
            add(rollback(lines.getFirst()), status);
        }
        RevisionPicker picker = new RevisionPicker(lines.stream().map(line -> new RevisionPicker.Pickable(
                line.revision(), String.valueOf(line.revision()), line.time())).toList(), WikiRoutes.DIFF_FROM,
                WikiRoutes.DIFF_TO, getLocale());
        if (picker.offered()) {
            picker.controls((from, to) -> WikiRoutes.diff(title, from, to)).forEach(this::add);
        }
        OrderedList list = new OrderedList();
        list.setId("page-revisions");
        for (int i = 0; i < lines.size(); i++) {
            HistoryLine line = lines.get(i);
            Anchor when = new Anchor(WikiRoutes.revision(title, line.revision()),
                    ChangeLines.time(line.time(), getLocale()));
            ListItem item = new ListItem();
            if (picker.offered()) {
                item.add(picker.radios(line.revision()));
            }
            Span version = new Span(getTranslation("wiki.history.version", String.valueOf(line.revision())));
            version.addClassName("portal-revision-number");
            item.add(when, ChangeLines.separator(), version, ChangeLines.separator(),
                    ChangeLines.author(line.author(), line.authorId(), WikiRoutes::contributions), ChangeLines.separator(),
                    new Span(getTranslation("wiki.history.size", line.size())));
            long previous = i + 1 < lines.size() ? lines.get(i + 1).revision() : screen.olderRevision();
            if (previous > 0) {
                Anchor diff = new Anchor(WikiRoutes.diff(title, previous, line.revision()),
                        getTranslation("wiki.history.diff-previous"));
                diff.addClassName("portal-diff-link");
                item.add(ChangeLines.separator(), diff);
            }
            EditDetails.addTo(item, line.sizeChange(), line.minor(), line.summary());
            list.add(item);
        }
        add(list);
        HorizontalLayout paging = new HorizontalLayout();
        if (before > 0) {
            Anchor newest = new Anchor(WikiRoutes.history(title), getTranslation("wiki.history.newest"));
            newest.setId("newest-revisions");
            paging.add(newest);
        }
        if (screen.hasOlder()) {
            Anchor older = new Anchor(WikiRoutes.olderHistory(title, lines.getLast().revision()),
                    getTranslation("wiki.history.older"));
            older.setId("older-revisions");
            paging.add(older);
        }
        add(paging);
    }

    /** Staff undo every latest edit by the last author in one click (MediaWiki's rollback). */
    private Button rollback(HistoryLine latest) {
        String author = latest.author() == null ? getTranslation("person.erased") : latest.author();
        Button rollback = new Button(getTranslation("wiki.rollback.button", author), click -> {
            try {
                WikiPageView page = stewardship.rollback(title, latest.revision());
                getUI().ifPresent(ui -> Navigation.open(ui, WikiRoutes.history(page.title())));
            } catch (EditConflictException changedMeanwhile) {
                status.done(getTranslation("wiki.restore.conflict"));
            } catch (InvalidInputException refused) {
                status.refused(refused);
            }
        });
        rollback.setId("rollback");
        rollback.addClassName("portal-wrapping-button");   // it names the author: a long label on a phone
        return rollback;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wiki.history.heading", title) + " | " + getTranslation("app.name");
    }
}
