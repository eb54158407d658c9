package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import dk.coi.portal.ideastorm.EvaluationService;
import dk.coi.portal.ideastorm.IdeaEvaluation;
import dk.coi.portal.ideastorm.IdeaScreen;
import dk.coi.portal.ideastorm.IdeaStatus;
import dk.coi.portal.ideastorm.internal.EvaluationRules;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.ui.FieldErrors;
import dk.coi.portal.shared.ui.FormStatus;
import dk.coi.portal.shared.ui.MarkdownEditor;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

/**
 * Staff evaluate an idea on its page: their score of 1–5 on each criterion of the rubric (while the storm is in an
 * evaluation phase) beside the staff's mean, the idea's rubric score, its status (carried on with a follow-up note)
 * and its public answer; of a hidden, held or merged idea only why it takes none. What they may do comes from the
 * idea's screen; every save is the server's to allow.
 * {@code saved} is told the FormStatus id and the words to say there once the page shows the idea anew.
 */
class IdeaEvaluationPanel extends Section {

    private final EvaluationService evaluation;
    private final IdeaScreen idea;
    private final BiConsumer<String, String> saved;

    IdeaEvaluationPanel(EvaluationService evaluation, IdeaScreen idea, BiConsumer<String, String> saved) {
        this.evaluation = evaluation;
        this.idea = idea;
        this.saved = saved;
        IdeaEvaluation.Staff staff = idea.evaluation().staff();
        setId("idea-evaluation");
        H2 heading = new H2(getTranslation("ideastorm.evaluation.heading"));
        heading.setId("idea-evaluation-heading");
        getElement().setAttribute("aria-labelledby", "idea-evaluation-heading");
        add(heading);
        if (staff.withdrawnKey() != null) {
            Paragraph withdrawn = new Paragraph(getTranslation(staff.withdrawnKey()));
            withdrawn.setId("idea-evaluation-withdrawn");
            add(withdrawn);
            return;
        }
        addScores(staff);
        if (staff.mayAnswer()) {
            addStatusAndAnswer(staff);
        } else {
            add(new Paragraph(getTranslation("ideastorm.evaluation.not-yet")));
        }
    }

    private void addScores(IdeaEvaluation.Staff staff) {
        if (staff.criteria().isEmpty()) {
            add(new Paragraph(getTranslation("ideastorm.evaluation.no-rubric")));
            return;
        }
        Paragraph total = new Paragraph(staff.score() == null ? getTranslation("ideastorm.evaluation.unscored")
                : getTranslation("ideastorm.evaluation.score", score(staff.score(), getLocale())));
        total.setId("idea-evaluation-score");
        add(new H3(getTranslation("ideastorm.evaluation.scores")), total);
        FormStatus status = new FormStatus("idea-score-status");
        for (IdeaEvaluation.CriterionScore line : staff.criteria()) {
            Select<Integer> choice = new Select<>();
            choice.setId("idea-score-" + line.criterion().id());
            choice.setLabel(getTranslation("ideastorm.evaluation.criterion", line.criterion().name(),
                    line.criterion().weight()));
            choice.setItems(IntStream.rangeClosed(EvaluationRules.MIN_SCORE, EvaluationRules.MAX_SCORE).boxed()
                    .toList());
            choice.setEmptySelectionAllowed(true);
            choice.setEmptySelectionCaption(getTranslation("ideastorm.evaluation.no-score"));
            choice.setValue(line.mine());
            choice.setHelperText(line.mean() == null ? getTranslation("ideastorm.evaluation.no-mean")
                    : getTranslation("ideastorm.evaluation.mean", score(line.mean(), getLocale()), line.scorers()));
            choice.setReadOnly(!staff.mayScore());
            choice.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    save(status, "ideastorm.evaluation.score-saved",
                            () -> evaluation.score(idea.id(), line.criterion().id(), change.getValue()));
                }
            });
            add(choice);
        }
        if (!staff.mayScore()) {
            add(new Paragraph(getTranslation("ideastorm.evaluation.scoring-closed")));
        }
        add(status);
    }

    /**
     * The new status (with the follow-up note of one carried on) and the public answer, saved together by one button,
     * so that the idea's audience hears once of both.
     */
    private void addStatusAndAnswer(IdeaEvaluation.Staff staff) {
        add(new H3(getTranslation("ideastorm.evaluation.status")));
        Select<IdeaStatus> status = new Select<>();
        TextArea note = new TextArea(getTranslation("ideastorm.evaluation.follow-up-note"));
        if (staff.nextStatuses().isEmpty()) {
            add(new Paragraph(getTranslation("ideastorm.evaluation.status-final")));
        } else {
            status.setId("idea-status");
            status.setLabel(getTranslation("ideastorm.evaluation.new-status"));
            status.setItems(staff.nextStatuses());
            // The empty choice (keep the status) is labelled too.
            status.setItemLabelGenerator(choice -> getTranslation(choice == null ? "ideastorm.evaluation.status-kept"
                    : choice.labelKey()));
            status.setEmptySelectionAllowed(true);
            status.setEmptySelectionCaption(getTranslation("ideastorm.evaluation.status-kept"));
            note.setId("idea-follow-up-note");
            note.setMaxLength(EvaluationRules.MAX_NOTE);
            note.setHelperText(getTranslation("ideastorm.evaluation.follow-up-note.help"));
            note.setVisible(false);
            status.addValueChangeListener(change -> note.setVisible(change.getValue() == IdeaStatus.CARRIED_ON));
            add(status, note);
        }
        add(new H3(getTranslation("ideastorm.evaluation.answer")));
        MarkdownEditor answer = new MarkdownEditor("idea-answer", getTranslation("ideastorm.evaluation.answer-text"),
                getTranslation("ideastorm.evaluation.answer-help"), evaluation::previewAnswer);
        String savedAnswer = idea.evaluation().answer();
        if (savedAnswer != null) {
            answer.setSavedValue(savedAnswer);
        }
        FieldErrors errors = new FieldErrors().add("status", status).add("note", note);
        FormStatus said = new FormStatus("idea-evaluation-status");
        Button save = new Button(getTranslation("ideastorm.evaluation.save"), click -> {
            try {
                errors.clear();
                answer.clearError();
                // An answer left as it was (or still unwritten) is kept, so a status alone may be saved.
                String written = answer.getValue().strip().equals(savedAnswer == null ? "" : savedAnswer.strip())
                        ? null : answer.getValue();
                evaluation.evaluate(idea.id(), status.getValue(), note.getValue(), written, idea.version());
                answer.markSaved();
                saved.accept(said.getId().orElseThrow(), getTranslation("ideastorm.evaluation.saved"));
            } catch (InvalidInputException refused) {
                errors.show(refused);
                Optional.ofNullable(refused.fieldMessageKeys().get("answer"))
                        .ifPresent(key -> answer.showError(getTranslation(key)));
                said.refused(refused);
            }
        });
        save.setId("idea-evaluation-save");
        add(answer, save, said);
    }

    private void save(FormStatus status, String doneKey, Runnable action) {
        try {
            action.run();
            saved.accept(status.getId().orElseThrow(), getTranslation(doneKey));
        } catch (InvalidInputException refused) {
            status.refused(refused);
        }
    }

    /** A score with up to two decimals, as the reader writes numbers. */
    static String score(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
