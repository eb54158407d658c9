package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import dk.coi.portal.ideastorm.IdeaMergeService;
import dk.coi.portal.ideastorm.IdeaScreen;
import dk.coi.portal.ideastorm.SimilarIdea;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.ui.FieldErrors;
import dk.coi.portal.shared.ui.FormStatus;
import dk.coi.portal.shared.ui.ReasonField;
import dk.coi.portal.shared.ui.SafeConfirm;
import java.util.function.Consumer;

/**
 * Staff's merging on an idea's page: "Slå sammen med …" chooses the idea to keep in the same storm by its title (the
 * server offers only ideas it would take) with a required reason, after a question that says what merging does and
 * that it can be undone (the safe answer focused); on a merged idea, headed by what stands (the idea it was merged
 * into, or only that it was merged when that one cannot be named), undoing it with a reason after the same kind of
 * question, always asked. What the server refuses is said here, every missing part at once; after a change
 * the page is shown again and {@code changed} says what was done.
 */
class MergeControl extends Composite<Div> {

    private final FormStatus status = new FormStatus("idea-merge-status");

    MergeControl(IdeaMergeService merges, IdeaScreen idea, Consumer<String> changed) {
        getContent().setId("idea-merge");
        // A merged idea's control says what stands (merged into which idea), not the merge it no longer offers.
        SimilarIdea into = idea.merge().mergedInto();
        H2 heading = new H2(!idea.merge().mayUndo() ? getTranslation("ideastorm.merge.heading")
                : into == null ? getTranslation("ideastorm.merge.undo-heading-unnamed")
                : getTranslation("ideastorm.merge.undo-heading", into.title()));
        heading.setId("idea-merge-heading");
        getContent().getElement().setAttribute("role", "region");
        getContent().getElement().setAttribute("aria-labelledby", "idea-merge-heading");
        ReasonField reason = new ReasonField("ideastorm.merge.reason", "idea-merge-reason")
                .withHelp("ideastorm.merge.reason-help");
        reason.setRequired(true);
        reason.setWidthFull();
        if (idea.merge().mayUndo()) {
            Runnable undoNow = () -> attempt(reason, new FieldErrors(), () -> merges.undo(idea.id(), reason.getValue()),
                    changed, "ideastorm.merge.undone");
            Button undo = new Button(getTranslation("ideastorm.merge.undo"), click -> {
                // As merging: asked first, unless the server would refuse it anyway (no reason), which it then says.
                if (reason.getValue().isBlank()) {
                    undoNow.run();
                    return;
                }
                SafeConfirm.ask("idea-merge-undo-confirm", into == null
                                ? getTranslation("ideastorm.merge.undo-confirm-title-unnamed", idea.title())
                                : getTranslation("ideastorm.merge.undo-confirm-title", idea.title(), into.title()),
                        into == null ? getTranslation("ideastorm.merge.undo-confirm-text-unnamed")
                                : getTranslation("ideastorm.merge.undo-confirm-text", into.title()),
                        getTranslation("ideastorm.merge.undo"), getTranslation("ideastorm.merge.confirm-wait"),
                        undoNow, () -> { }).open();
            });
            undo.setId("idea-merge-undo");
            getContent().add(heading, reason, undo, status);
            return;
        }
        ComboBox<SimilarIdea> kept = new ComboBox<>(getTranslation("ideastorm.merge.kept"));
        kept.setId("idea-merge-kept");
        kept.setHelperText(getTranslation("ideastorm.merge.kept-help"));
        kept.setWidthFull();
        kept.setItemLabelGenerator(SimilarIdea::title);
        kept.setItems(query -> merges.targets(idea.id(), query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        Runnable mergeNow = () -> attempt(reason, new FieldErrors().add("kept", kept),
                () -> merges.merge(idea.id(), kept.getValue() == null ? null : kept.getValue().id(), reason.getValue()),
                changed, "ideastorm.merge.merged");
        Button merge = new Button(getTranslation("ideastorm.merge.button"), click -> {
            // Only a merge the server would take is asked about: without an idea or a reason, its refusal says why.
            if (kept.getValue() == null || reason.getValue().isBlank()) {
                mergeNow.run();
                return;
            }
            String keptTitle = kept.getValue().title();
            SafeConfirm.ask("idea-merge-confirm",
                    getTranslation("ideastorm.merge.confirm-title", idea.title(), keptTitle),
                    getTranslation("ideastorm.merge.confirm-text", keptTitle),
                    getTranslation("ideastorm.merge.button"), getTranslation("ideastorm.merge.confirm-wait"),
                    mergeNow, () -> { }).open();
        });
        merge.setId("idea-merge-button");
        merge.addThemeVariants(ButtonVariant.ERROR);
        getContent().add(heading, kept, reason, merge, status);
    }

    private void attempt(ReasonField reason, FieldErrors errors, Runnable action, Consumer<String> changed,
                         String doneKey) {
        status.clear();
        reason.setInvalid(false);
        try {
            action.run();
        } catch (InvalidInputException refused) {
            errors.show(refused);
            reason.explain(refused);
            status.refused(refused);
            return;
        }
        changed.accept(doneKey);
    }

    /** Says what was done where the control stood, and takes the focus there. */
    void said(String doneKey) {
        status.doneHere(getTranslation(doneKey));
    }
}
