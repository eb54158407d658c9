package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import dk.coi.portal.ideastorm.IdeaBoard;
import dk.coi.portal.ideastorm.IdeaCard;
import dk.coi.portal.ideastorm.IdeaDraft;
import dk.coi.portal.ideastorm.IdeaOrder;
import dk.coi.portal.ideastorm.IdeaQuery;
import dk.coi.portal.ideastorm.IdeaService;
import dk.coi.portal.ideastorm.IdeaStatus;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.Theme;
import dk.coi.portal.ideastorm.ThemeService;
import dk.coi.portal.shared.ui.ContentLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A storm's ideas on its Vaadin page, from one call ({@link IdeaService#board}): staff's theme control, the form
 * for a new idea (or why there is none), the order and filters, and a page of ideas with links to the next. The
 * same elements as the ideas part of {@code ideastorm/storm.jte}.
 */
class StormIdeas extends Composite<Section> {

    private final IdeaService ideas;
    private final ThemeService themes;
    private final StormId storm;
    private IdeaQuery query = IdeaQuery.first();
    private IdeaForm form;
    private ThemeControl themeControl;

    StormIdeas(IdeaService ideas, ThemeService themes, StormId storm) {
        this.ideas = ideas;
        this.themes = themes;
        this.storm = storm;
        getContent().setId("storm-ideas");
        getContent().addClassName("portal-storm-ideas");
        getContent().getElement().setAttribute("aria-labelledby", "storm-ideas-heading");
        show();
    }

    private void show() {
        IdeaBoard board = ideas.board(storm, query);
        getContent().removeAll();
        H2 heading = new H2(getTranslation("ideastorm.ideas.heading"));
        heading.setId("storm-ideas-heading");
        getContent().add(heading);
        if (board.mayManageThemes()) {
            themeControl = new ThemeControl(themes, storm, board.themes(), this::themesChanged);
            getContent().add(themeControl);
        }
        getContent().add(submission(board), controls(board), list(board), pager(board));
    }

    private void themesChanged(String doneKey) {
        show();
        themeControl.said(doneKey);
    }

    private Div submission(IdeaBoard board) {
        Div place = new Div();
        place.setId("idea-submission");
        if (!board.submission().isOpen()) {
            place.add(new Paragraph(getTranslation(board.submission().reasonKey())));
            return place;
        }
        H3 heading = new H3(getTranslation("ideastorm.form.heading"));
        form = new IdeaForm(ideas, storm, board.themes(), null, "ideastorm.form.submit", this::submit);
        place.add(heading, form);
        return place;
    }

    private void submit(IdeaDraft draft) {
        ideas.submit(storm, draft);
        form.clear();
        query = query.onPage(0);
        refreshList();
        form.done("ideastorm.form.submitted");
    }

    /**
     * The list and pager again for the query (after a new idea, a choice or a page): the form and the choices stay,
     * so neither what is said under the form nor the keyboard focus on a choice is lost.
     */
    private void refreshList() {
        IdeaBoard board = ideas.board(storm, query);
        getContent().getChildren().filter(child -> child.getId().filter(id -> id.equals("storm-idea-list")
                || id.equals("storm-idea-pager")).isPresent()).toList().forEach(getContent()::remove);
        getContent().add(list(board), pager(board));
    }

    private FlexLayout controls(IdeaBoard board) {
        Select<IdeaOrder> order = new Select<>();
        order.setId("idea-order");
        order.setLabel(getTranslation("ideastorm.ideas.order"));
        order.setItems(IdeaOrder.values());
        order.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        order.setValue(query.order());
        order.addValueChangeListener(change -> requery(new IdeaQuery(change.getValue(), query.theme(), query.status(), 0)));
        FlexLayout controls = new FlexLayout(order);
        controls.setId("storm-idea-controls");
        controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        controls.getStyle().set("gap", "var(--lumo-space-m)");
        if (board.themeRequired()) {
            Select<Optional<Theme>> theme = new Select<>();
            theme.setId("idea-filter-theme");
            theme.setLabel(getTranslation("ideastorm.ideas.theme"));
            List<Optional<Theme>> choices = new ArrayList<>();
            choices.add(Optional.empty());
            board.themes().forEach(item -> choices.add(Optional.of(item)));
            theme.setItems(choices);
            theme.setItemLabelGenerator(item -> item.map(Theme::name).orElse(getTranslation("ideastorm.ideas.all-themes")));
            theme.setValue(choices.stream().filter(item -> Objects.equals(item.map(Theme::id).orElse(null),
                    query.theme())).findFirst().orElse(Optional.empty()));
            theme.addValueChangeListener(change -> requery(new IdeaQuery(query.order(),
                    change.getValue().map(Theme::id).orElse(null), query.status(), 0)));
            controls.add(theme);
        }
        Select<Optional<IdeaStatus>> status = new Select<>();
        status.setId("idea-filter-status");
        status.setLabel(getTranslation("ideastorm.ideas.status"));
        List<Optional<IdeaStatus>> statuses = new ArrayList<>();
        statuses.add(Optional.empty());
        for (IdeaStatus item : IdeaStatus.values()) {
            statuses.add(Optional.of(item));
        }
        status.setItems(statuses);
        status.setItemLabelGenerator(item -> item.map(s -> getTranslation(s.labelKey()))
                .orElse(getTranslation("ideastorm.ideas.all-statuses")));
        status.setValue(Optional.ofNullable(query.status()));
        status.addValueChangeListener(change -> requery(new IdeaQuery(query.order(), query.theme(),
                change.getValue().orElse(null), 0)));
        controls.add(status);
        return controls;
    }

    private void requery(IdeaQuery next) {
        query = next;
        refreshList();
    }

    private Div list(IdeaBoard board) {
        Div place = new Div();
        place.setId("storm-idea-list");
        Paragraph count = new Paragraph(getTranslation("ideastorm.ideas.count", board.ideas().total()));
        count.setId("storm-idea-count");
        place.add(count);
        if (board.ideas().ideas().isEmpty()) {
            return place;
        }
        UnorderedList list = new UnorderedList();
        list.setId("storm-idea-cards");
        list.addClassName("portal-idea-cards");
        list.getElement().setAttribute("aria-labelledby", "storm-ideas-heading");
        for (IdeaCard idea : board.ideas().ideas()) {
            list.add(card(idea));
        }
        place.add(list);
        return place;
    }

    private ListItem card(IdeaCard idea) {
        ListItem item = new ListItem();
        item.addClassName("portal-idea-card");
        H3 title = new H3(ContentLanguage.danish(new Anchor("/" + idea.path(), idea.title())));
        item.add(title);
        Paragraph facts = new Paragraph(getTranslation("ideastorm.ideas.by", idea.authorName() == null
                ? getTranslation("person.erased") : idea.authorName()));
        facts.addClassName("portal-idea-facts");
        if (idea.themeName() != null) {
            Span theme = new Span(idea.themeName());
            theme.addClassNames("portal-tag");
            facts.add(new Text(" "), ContentLanguage.danish(theme));
        }
        if (idea.hidden()) {
            Span hidden = new Span(getTranslation("ideastorm.ideas.hidden"));
            hidden.addClassNames("portal-tag", "portal-tag--warning");
            facts.add(new Text(" "), hidden);
        }
        item.add(facts, ContentLanguage.danish(new Paragraph(idea.opening())));
        return item;
    }

    private FlexLayout pager(IdeaBoard board) {
        FlexLayout pager = new FlexLayout();
        pager.setId("storm-idea-pager");
        pager.getElement().setAttribute("role", "navigation");
        pager.getElement().setAttribute("aria-label", getTranslation("ideastorm.ideas.pages"));
        pager.getStyle().set("gap", "var(--lumo-space-m)");
        if (board.ideas().pages() <= 1) {
            return pager;
        }
        Button previous = new Button(getTranslation("ideastorm.ideas.previous"),
                click -> requery(query.onPage(query.page() - 1)));
        previous.setId("idea-page-previous");
        previous.setEnabled(board.ideas().hasPrevious());
        Button next = new Button(getTranslation("ideastorm.ideas.next"), click -> requery(query.onPage(query.page() + 1)));
        next.setId("idea-page-next");
        next.setEnabled(board.ideas().hasNext());
        pager.add(previous, new Span(getTranslation("ideastorm.ideas.page", query.page() + 1, board.ideas().pages())),
                next);
        return pager;
    }
}
