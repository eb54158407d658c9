package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.coi.portal.ideastorm.IdeaHistory;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaRevision;
import dk.coi.portal.ideastorm.IdeaService;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.shared.ui.ChangeLines;
import dk.coi.portal.shared.ui.ContentLanguage;
import dk.coi.portal.shared.ui.DiffPanel;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/**
 * An idea's history for signed-in people: its revisions newest first, each with when, who and what, and a link to
 * its difference from the one before; with {@code ?fra=&til=} (or {@code ?til=} alone) the difference of the two
 * revisions' titles, descriptions and public answers, side by side, as the wiki shows its diffs. Staff's answers are
 * named revisions of the idea, so their changes are listed and compared here too.
 */
@Route(StormRoutes.LIST + "/:storm(" + StormRoutes.STORM_SEGMENT + ")/" + StormRoutes.IDEAS + "/:idea("
        + StormRoutes.IDEA_SEGMENT + ")/" + StormRoutes.HISTORY)
@PermitAll
class IdeaHistoryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final IdeaService ideas;
    private String title = "";

    IdeaHistoryView(IdeaService ideas) {
        this.ideas = ideas;
        addClassName("portal-idea-history");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<StormId> storm = event.getRouteParameters().get("storm").flatMap(StormRoutes::idOf);
        Optional<IdeaId> idea = event.getRouteParameters().get("idea").flatMap(StormRoutes::ideaIdOf);
        var parameters = event.getLocation().getQueryParameters().getParameters();
        Long from = number(parameters.get("fra"));
        Long to = number(parameters.get("til"));
        Optional<IdeaHistory> history = storm.isPresent() && idea.isPresent()
                ? ideas.history(storm.get(), idea.get(), from, to) : Optional.empty();
        if (history.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(history.get());
    }

    private static Long number(List<String> values) {
        if (values == null || values.isEmpty() || !values.getFirst().matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(values.getFirst());
    }

    private void show(IdeaHistory history) {
        title = getTranslation("ideastorm.history.title", history.idea().title());
        removeAll();
        Anchor idea = ContentLanguage.danish(new Anchor("/" + history.idea().path(), history.idea().title()));
        idea.setId("idea-link");
        add(new H1(title), new Paragraph(idea));
        if (history.diff() != null) {
            add(diff(history.diff()));
        }
        UnorderedList lines = new UnorderedList();
        lines.setId("idea-revisions");
        for (int i = 0; i < history.revisions().size(); i++) {
            IdeaRevision revision = history.revisions().get(i);
            ListItem line = new ListItem(new Span(getTranslation("ideastorm.history.version", revision.version())),
                    ChangeLines.separator(), new Span(ChangeLines.time(revision.time(), getLocale())),
                    ChangeLines.separator(), ChangeLines.author(revision.authorName() == null
                            ? getTranslation("person.erased") : revision.authorName()));
            ChangeLines.addSummary(line, revision.summary());
            if (i + 1 < history.revisions().size()) {
                line.add(new Text(" "), new Anchor("/" + history.idea().historyPath() + "?til=" + revision.revision(),
                        getTranslation("ideastorm.history.compare")));
            }
            lines.add(line);
        }
        add(lines);
    }

    private Div diff(IdeaHistory.Comparison diff) {
        Div place = new Div();
        place.setId("idea-diff");
        String before = I18NProvider.translate("ideastorm.history.before", diff.from().version());
        String after = I18NProvider.translate("ideastorm.history.after", diff.to().version());
        place.add(new H2(getTranslation("ideastorm.history.diff", diff.from().version(), diff.to().version())),
                new H3(getTranslation("ideastorm.history.title-diff")),
                DiffPanel.sideBySide("idea-title-diff", diff.title(), before, after, true),
                new H3(getTranslation("ideastorm.history.description-diff")),
                DiffPanel.sideBySide("idea-description-diff", diff.description(), before, after, false));
        if (diff.answer() != null) {
            place.add(new H3(getTranslation("ideastorm.history.answer-diff")),
                    DiffPanel.sideBySide("idea-answer-diff", diff.answer(), before, after, false));
        }
        return place;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
