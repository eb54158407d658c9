package dk.coi.portal.wiki.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.shared.SafeHtml;
import dk.coi.portal.shared.TextDiff;
import dk.coi.portal.shared.ui.SafeHtmlContent;
import dk.coi.portal.wiki.WikiDiff;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiTitles;
import dk.coi.portal.wiki.WikiWatchService;
import java.util.Optional;

/**
 * The difference between any two revisions ({@code ?fra=…&til=…}; without {@code fra}, the revision before):
 * side by side, or merged into one text
 * ({@code &visning=samlet}), with removed words struck through and added words underlined.
 */
@Route("wiki/:title/forskel")
@AnonymousAllowed
class DiffView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final WikiService wiki;
    private final WikiWatchService watchlist;
    private String title = "";

    DiffView(WikiService wiki, WikiWatchService watchlist) {
        this.wiki = wiki;
        this.watchlist = watchlist;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        title = PageTitleParameter.of(event);
        Location location = event.getLocation();
        Optional<Long> from = revisionParameter(location, "fra");
        Optional<Long> to = revisionParameter(location, "til");
        Optional<WikiDiff> diff = to.isPresent() ? wiki.diff(title, from.orElse(0L), to.get()) : Optional.empty();
        if (diff.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        // Mail about a watched page links here: having seen the change counts as having looked at the page.
        watchlist.markSeen(title);
        boolean merged = location.getQueryParameters().getSingleParameter("visning").filter("samlet"::equals)
                .isPresent();
        removeAll();
        String base = WikiTitles.path(title) + "/forskel?fra=" + diff.get().fromRevision() + "&til=" + to.get();
        Anchor otherLayout = merged ? new Anchor(base, getTranslation("wiki.diff.side-by-side"))
                : new Anchor(base + "&visning=samlet", getTranslation("wiki.diff.inline"));
        otherLayout.setId("diff-layout");
        add(new H1(getTranslation("wiki.diff.heading", title)),
                new Paragraph(diff.get().fromRevision() == 0
                        ? getTranslation("wiki.diff.first", String.valueOf(to.get()))
                        : getTranslation("wiki.diff.between", String.valueOf(diff.get().fromRevision()),
                                String.valueOf(to.get()))),
                otherLayout, new Anchor(WikiTitles.path(title) + "/historik", getTranslation("wiki.page.history")));
        if (diff.get().identical()) {
            add(new Paragraph(getTranslation("wiki.diff.identical")));
        } else if (merged) {
            add(inlineText(diff.get(), "diff"));
        } else {
            add(sideBySide(diff.get()));
        }
    }

    private Div sideBySide(WikiDiff diff) {
        Div table = new Div();
        table.addClassName("portal-diff");
        table.setId("diff");
        table.getElement().setAttribute("role", "table");
        table.getElement().setAttribute("aria-label", getTranslation("wiki.diff.table"));
        Div header = new Div(cell(getTranslation("wiki.diff.before", String.valueOf(diff.fromRevision())), "columnheader"),
                cell(getTranslation("wiki.diff.after", String.valueOf(diff.toRevision())), "columnheader"));
        header.getElement().setAttribute("role", "row");
        header.addClassName("portal-diff-row");
        table.add(header);
        for (TextDiff.Line line : diff.text().lines()) {
            Div row = new Div(lineOf(line.before()), lineOf(line.after()));
            row.getElement().setAttribute("role", "row");
            row.addClassNames("portal-diff-row", "portal-diff-" + line.change().name().toLowerCase(java.util.Locale.ROOT));
            row.getChildren().forEach(child -> child.getElement().setAttribute("role", "cell"));
            table.add(row);
        }
        return table;
    }

    /** The merged text with removed and added words marked. */
    static Div inlineText(WikiDiff diff, String id) {
        Div text = new Div();
        text.addClassName("portal-diff-inline");
        text.setId(id);
        diff.text().inline().forEach(line -> text.add(lineOf(line)));
        return text;
    }

    private static Div cell(String text, String role) {
        Div cell = new Div();
        cell.setText(text);
        cell.getElement().setAttribute("role", role);
        return cell;
    }

    /** A diff line: escaped text whose only markup is del/ins (see TextDiff); an empty line keeps its height. */
    private static Div lineOf(SafeHtml line) {
        Div div = SafeHtmlContent.block(line.isEmpty() ? SafeHtml.escaped("\u00a0") : line);
        div.addClassName("portal-diff-line");
        return div;
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
