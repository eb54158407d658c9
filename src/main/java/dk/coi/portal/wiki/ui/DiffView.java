package dk.coi.portal.wiki.ui;

import dk.coi.portal.wiki.WikiRoutes;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.shared.ui.DiffPanel;
import dk.coi.portal.wiki.DiffScreen;
import dk.coi.portal.wiki.HistoryLine;
import dk.coi.portal.wiki.WikiScreens;
import dk.coi.portal.wiki.WikiWatchService;
import java.util.Optional;
import dk.coi.portal.shared.ui.ChangeLines;

/**
 * The difference between any two revisions ({@code ?fra=…&til=…}; without {@code fra}, the revision before), as
 * MediaWiki shows it: both revisions described above the difference, links to the older and newer change, the
 * changed stretches with some context (or the whole text, {@code &hele=ja}), side by side or merged into one text
 * ({@code &visning=samlet}), removed words struck through and added words underlined.
 */
@Route(WikiRoutes.DIFF)
@AnonymousAllowed
class DiffView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final WikiScreens screens;
    private final WikiWatchService watchlist;
    private String title = "";

    DiffView(WikiScreens screens, WikiWatchService watchlist) {
        this.screens = screens;
        this.watchlist = watchlist;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        title = PageTitleParameter.of(event);
        Location location = event.getLocation();
        Optional<Long> from = revisionParameter(location, WikiRoutes.DIFF_FROM);
        Optional<Long> to = revisionParameter(location, WikiRoutes.DIFF_TO);
        Optional<DiffScreen> found = to.flatMap(revision -> screens.diff(title, from.orElse(0L), revision));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        DiffScreen screen = found.get();
        // Mail about a watched page links here: the change shown and those before it have been seen.
        watchlist.markChangeSeen(title, screen.to().revision());
        QueryParameters query = location.getQueryParameters();
        boolean merged = query.getSingleParameter(WikiRoutes.DIFF_LAYOUT).filter(WikiRoutes.DIFF_MERGED::equals)
                .isPresent();
        boolean whole = query.getSingleParameter(WikiRoutes.DIFF_WHOLE).filter("ja"::equals).isPresent();
        removeAll();
        add(new H1(getTranslation("wiki.diff.heading", title)), revisions(screen),
                links(screen, merged, whole), new Paragraph(getTranslation("wiki.diff.legend")));
        if (screen.text().identical()) {
            add(new Paragraph(getTranslation("wiki.diff.identical")));
        } else if (merged) {
            add(DiffPanel.inline("diff", screen.text(), whole));
        } else {
            add(DiffPanel.sideBySide("diff", screen.text(), revisionLabel("wiki.diff.before", screen.from()),
                    revisionLabel("wiki.diff.after", screen.to()), whole));
        }
    }

    private Div revisions(DiffScreen screen) {
        Div cards = new Div(card("diff-from", "wiki.diff.before", screen.from()),
                card("diff-to", "wiki.diff.after", screen.to()));
        cards.addClassName("portal-diff-revisions");
        return cards;
    }

    private Section card(String id, String headingKey, HistoryLine revision) {
        Section card = new Section();
        card.setId(id);
        card.addClassName("portal-diff-revision");
        if (revision == null) {
            card.add(new H2(getTranslation("wiki.diff.no-revision")), new Paragraph(getTranslation("wiki.diff.first")));
            return card;
        }
        Anchor number = new Anchor(WikiRoutes.revision(title, revision.revision()),
                revisionLabel(headingKey, revision));
        H2 heading = new H2(number);
        Paragraph who = new Paragraph(
                ChangeLines.author(revision.author(), revision.authorId(), WikiRoutes::contributions),
                new Span(" · " + ChangeLines.time(revision.time(), getLocale())));
        Paragraph what = new Paragraph(revision.summary().isEmpty() ? getTranslation("wiki.diff.no-summary")
                : revision.summary().words(this::getTranslation));
        what.addClassName("portal-diff-summary");
        Paragraph size = new Paragraph(getTranslation("wiki.diff.size", revision.size(),
                (revision.sizeChange() > 0 ? "+" : "") + revision.sizeChange()));
        size.addClassName("portal-card-meta");
        card.add(heading, who, what, size);
        if (revision.minor()) {
            // In words: a card has room for them, and a bare "m" explains nothing.
            card.add(new Paragraph(getTranslation("wiki.edit.minor")));
        }
        return card;
    }

    private String revisionLabel(String key, HistoryLine revision) {
        return revision == null ? getTranslation("wiki.diff.no-revision")
                : getTranslation(key, String.valueOf(revision.revision()));
    }

    private Nav links(DiffScreen screen, boolean merged, boolean whole) {
        UnorderedList list = new UnorderedList();
        if (screen.older() != null) {
            list.add(item(link("diff-older", "wiki.diff.older", screen.older(), merged, whole)));
        }
        if (screen.newer() != null) {
            list.add(item(link("diff-newer", "wiki.diff.newer", screen.newer(), merged, whole)));
        }
        DiffScreen.Comparison shown = new DiffScreen.Comparison(screen.from() == null ? 0 : screen.from().revision(),
                screen.to().revision());
        list.add(item(link("diff-layout", merged ? "wiki.diff.side-by-side" : "wiki.diff.inline", shown, !merged,
                whole)));
        list.add(item(link("diff-whole", whole ? "wiki.diff.changes-only" : "wiki.diff.whole", shown, merged,
                !whole)));
        Anchor history = new Anchor(WikiRoutes.history(title), getTranslation("wiki.page.history"));
        history.setId("diff-history");
        list.add(item(history));
        Nav nav = new Nav(list);
        nav.addClassName("portal-link-list");
        nav.getElement().setAttribute("aria-label", getTranslation("wiki.diff.navigation"));
        return nav;
    }

    private Anchor link(String id, String key, DiffScreen.Comparison comparison, boolean merged, boolean whole) {
        Anchor anchor = new Anchor(WikiRoutes.diff(title, comparison.from(), comparison.to(), merged, whole),
                getTranslation(key));
        anchor.setId(id);
        return anchor;
    }

    private static ListItem item(Anchor anchor) {
        return new ListItem(anchor);
    }

    private static Optional<Long> revisionParameter(Location location, String name) {
        return location.getQueryParameters().getSingleParameter(name).filter(value -> value.matches("\\d{1,18}"))
                .map(Long::parseLong);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wiki.diff.heading", title) + " | " + getTranslation("app.name");
    }
}
