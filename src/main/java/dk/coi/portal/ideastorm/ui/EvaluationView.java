package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.coi.portal.ideastorm.EvaluationBoard;
import dk.coi.portal.ideastorm.EvaluationService;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.ui.ContentLanguage;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * Staff follow a storm's evaluation: how many ideas still lack their public answer, against the answer deadline
 * ("Svarfrist 15. januar 2027: 12 idéer mangler svar"), and every visible idea with its status, rubric score and
 * whether it is answered (a hidden, held or merged idea marked as taking no evaluation); a filter shows only those
 * without an answer. Each idea leads to its page, where staff
 * score and answer it.
 */
@Route(StormRoutes.LIST + "/:storm(" + StormRoutes.STORM_SEGMENT + ")/" + StormRoutes.EVALUATION)
@RolesAllowed("COI_STAFF")
class EvaluationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final EvaluationService evaluation;
    private final UnorderedList list = new UnorderedList();
    private EvaluationBoard board;
    private String title = "";

    EvaluationView(EvaluationService evaluation) {
        this.evaluation = evaluation;
        addClassName("portal-evaluation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<EvaluationBoard> found = StormRoutes.idOf(event.getRouteParameters().get("storm").orElse(""))
                .flatMap(this::read);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private Optional<EvaluationBoard> read(StormId storm) {
        try {
            return Optional.of(evaluation.board(storm));
        } catch (InvalidInputException unknown) {
            return Optional.empty();
        }
    }

    private void show(EvaluationBoard shown) {
        board = shown;
        title = getTranslation("ideastorm.evaluation.title", board.stormTitle());
        removeAll();
        Anchor back = ContentLanguage.danish(new Anchor("/" + board.stormPath(), board.stormTitle()));
        back.setId("evaluation-storm");
        long missing = board.unanswered();
        Paragraph summary = new Paragraph(board.answerDeadline() == null
                ? getTranslation("ideastorm.evaluation.missing", missing)
                : getTranslation("ideastorm.evaluation.missing-by", DateFormats.longDate(
                        DateFormats.endDate(board.answerDeadline()), getLocale()), missing));
        summary.setId("evaluation-missing");
        Paragraph scoring = new Paragraph(getTranslation(board.scoring() ? "ideastorm.evaluation.scoring-open"
                : "ideastorm.evaluation.scoring-closed"));
        Checkbox unanswered = new Checkbox(getTranslation("ideastorm.evaluation.only-unanswered", missing));
        unanswered.setId("evaluation-only-unanswered");
        unanswered.addValueChangeListener(change -> fill(change.getValue()));
        list.setId("evaluation-ideas");
        list.addClassName("portal-evaluation-ideas");
        add(new H1(title), new Paragraph(back), summary, scoring, unanswered, list);
        fill(false);
    }

    private void fill(boolean onlyUnanswered) {
        list.removeAll();
        board.ideas().stream().filter(line -> !onlyUnanswered || line.withdrawnKey() == null && !line.answered())
                .forEach(line -> {
            Anchor idea = ContentLanguage.danish(new Anchor("/" + line.path(), line.title()));
            Span status = new Span(getTranslation(line.status().labelKey()));
            status.addClassNames("portal-tag", "portal-idea-status");
            Span score = new Span(line.score() == null ? getTranslation("ideastorm.evaluation.unscored")
                    : getTranslation("ideastorm.evaluation.score",
                    IdeaEvaluationPanel.score(line.score(), getLocale())));
            Span answered = new Span(getTranslation(line.withdrawnKey() != null ? line.withdrawnKey()
                    : line.answered() ? "ideastorm.evaluation.answered" : "ideastorm.evaluation.unanswered"));
            if (line.withdrawnKey() == null && !line.answered()) {
                answered.addClassNames("portal-tag", "portal-tag--warning");
            }
            ListItem item = new ListItem(idea, new Text(" "), status, new Paragraph(score, new Text(" · "), answered));
            item.setId("evaluation-idea-" + line.id().value());
            list.add(item);
        });
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
