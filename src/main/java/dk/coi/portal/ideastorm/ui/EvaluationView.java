package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.coi.portal.ideastorm.EvaluationBoard;
import dk.coi.portal.ideastorm.EvaluationQuery;
import dk.coi.portal.ideastorm.EvaluationService;
import dk.coi.portal.ideastorm.IdeaStatus;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.ui.ContentLanguage;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Staff follow a storm's evaluation: how many ideas still lack their public answer, against the answer deadline
 * ("Svarfrist 15. januar 2027: 12 idéer mangler svar"), and a page at a time of the ideas with their status,
 * rubric score and whether they are answered (a storm may have thousands; a hidden, held or merged idea marked as
 * taking no evaluation); filters show one status or only those without an answer. Each idea leads to its page,
 * where staff score and answer it.
 */
@Route(StormRoutes.LIST + "/:storm(" + StormRoutes.STORM_SEGMENT + ")/" + StormRoutes.EVALUATION)
@RolesAllowed("COI_STAFF")
class EvaluationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final EvaluationService evaluation;
    private final Paragraph summary = new Paragraph();
    private final Select<Optional<IdeaStatus>> status = new Select<>();
    private final Checkbox unanswered = new Checkbox();
    private final Paragraph count = new Paragraph();
    private final UnorderedList list = new UnorderedList();
    private final FlexLayout pager = new FlexLayout();
    private StormId storm;
    private String title = "";

    EvaluationView(EvaluationService evaluation) {
        this.evaluation = evaluation;
        addClassName("portal-evaluation");
        // Once, here: the view may be entered again for another storm, and each change should ask once.
        status.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                requery(0);
            }
        });
        unanswered.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                requery(0);
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        storm = StormRoutes.idOf(event.getRouteParameters().get("storm").orElse("")).orElse(null);
        Optional<EvaluationBoard> found = Optional.ofNullable(storm).flatMap(id -> read(EvaluationQuery.first()));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private Optional<EvaluationBoard> read(EvaluationQuery query) {
        try {
            return Optional.of(evaluation.board(storm, query));
        } catch (InvalidInputException unknown) {
            return Optional.empty();
        }
    }

    private void show(EvaluationBoard shown) {
        title = getTranslation("ideastorm.evaluation.title", shown.stormTitle());
        removeAll();
        Anchor back = ContentLanguage.danish(new Anchor("/" + shown.stormPath(), shown.stormTitle()));
        back.setId("evaluation-storm");
        summary.setId("evaluation-missing");
        Paragraph scoring = new Paragraph(getTranslation(shown.scoring() ? "ideastorm.evaluation.scoring-open"
                : "ideastorm.evaluation.scoring-closed"));
        status.setId("evaluation-filter-status");
        status.setLabel(getTranslation("ideastorm.ideas.status"));
        List<Optional<IdeaStatus>> statuses = new ArrayList<>();
        statuses.add(Optional.empty());
        Arrays.stream(IdeaStatus.values()).forEach(item -> statuses.add(Optional.of(item)));
        status.setItems(statuses);
        status.setItemLabelGenerator(item -> item.map(chosen -> getTranslation(chosen.labelKey()))
                .orElse(getTranslation("ideastorm.ideas.all-statuses")));
        status.setValue(Optional.empty());
        unanswered.setId("evaluation-only-unanswered");
        unanswered.setValue(false);
        FlexLayout filters = new FlexLayout(status, unanswered);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        list.setId("evaluation-ideas");
        list.addClassName("portal-evaluation-ideas");
        count.setId("evaluation-matching");
        pager.setId("evaluation-pager");
        pager.getElement().setAttribute("role", "navigation");
        pager.getElement().setAttribute("aria-label", getTranslation("ideastorm.evaluation.pages"));
        pager.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H1(title), new Paragraph(back), summary, scoring, filters, count, list, pager);
        fill(shown);
    }

    /** The board again for the filters and the page (the unanswered count as it is now). */
    private void requery(int page) {
        read(new EvaluationQuery(status.getValue().orElse(null), unanswered.getValue(), page)).ifPresent(this::fill);
    }

    private void fill(EvaluationBoard board) {
        long missing = board.unanswered();
        summary.setText(board.answerDeadline() == null
                ? getTranslation("ideastorm.evaluation.missing", missing)
                : getTranslation("ideastorm.evaluation.missing-by", DateFormats.longDate(
                        DateFormats.endDate(board.answerDeadline()), getLocale()), missing));
        unanswered.setLabel(getTranslation("ideastorm.evaluation.only-unanswered", missing));
        count.setText(getTranslation("ideastorm.evaluation.matching", board.matching()));
        list.removeAll();
        board.ideas().forEach(line -> {
            Anchor idea = ContentLanguage.danish(new Anchor("/" + line.path(), line.title()));
            Span lineStatus = new Span(getTranslation(line.shownStatusKey()));
            lineStatus.addClassNames("portal-tag", "portal-idea-status");
            Span score = new Span(line.score() == null ? getTranslation("ideastorm.evaluation.unscored")
                    : getTranslation("ideastorm.evaluation.score",
                    IdeaEvaluationPanel.score(line.score(), getLocale())));
            Span answered = new Span(getTranslation(line.withdrawnKey() != null ? line.withdrawnKey()
                    : line.answered() ? "ideastorm.evaluation.answered" : "ideastorm.evaluation.unanswered"));
            if (line.withdrawnKey() == null && !line.answered()) {
                answered.addClassNames("portal-tag", "portal-tag--warning");
            }
            ListItem item = new ListItem(idea, new Text(" "), lineStatus, new Paragraph(score, new Text(" · "),
                    answered));
            item.setId("evaluation-idea-" + line.id().value());
            list.add(item);
        });
        pager.removeAll();
        if (board.pages() > 1) {
            int page = board.query().page();
            Button previous = new Button(getTranslation("ideastorm.ideas.previous"), click -> requery(page - 1));
            previous.setId("evaluation-page-previous");
            previous.setEnabled(board.hasPrevious());
            Button next = new Button(getTranslation("ideastorm.ideas.next"), click -> requery(page + 1));
            next.setId("evaluation-page-next");
            next.setEnabled(board.hasNext());
            pager.add(previous, new Span(getTranslation("ideastorm.ideas.page", page + 1, board.pages())), next);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
