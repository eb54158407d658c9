package dk.coi.portal.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.I18NProvider;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.moderation.QueuedItem;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.shared.ui.FormStatus;
import dk.coi.portal.shared.ui.ReasonField;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The decisions on one item in the staff queue: quiet buttons for those that fit it (hide or keep hidden, restore,
 * dismiss the reports). Choosing one opens its reason field, focused, with the button that decides and one that
 * cancels: no decision is made by a stray click, and the reason is typed for the decision it belongs to. A refusal
 * is said here; what was done, by the view that reads the queue again.
 */
class ItemDecisions extends VerticalLayout {

    /** A decision: its labels, the start of its element ids, and whether it needs a reason. */
    private record Decision(String startKey, String labelKey, String idPrefix, ButtonVariant variant,
                            boolean reasonRequired, BiConsumer<Subject, String> action, String doneKey) {
    }

    private final Subject subject;
    private final String id;
    private final Consumer<String> decided;
    private final HorizontalLayout choices = new HorizontalLayout();
    private final FormStatus status;
    /** The item's name, for the buttons' accessible names: a queue holds many identical "Skjul …" buttons. */
    private final String itemName;

    /** {@code decided} is told what was done, translated, once the service has taken the decision. */
    ItemDecisions(ModerationService moderation, QueuedItem queued, Consumer<String> decided) {
        this.subject = queued.subject();
        this.id = ReportControl.idOf(subject);
        this.decided = decided;
        this.status = new FormStatus("moderation-refused-" + id);
        this.itemName = queued.gone() ? getTranslation("moderation.item.gone")
                : queued.item().title().render(I18NProvider::translate);
        setPadding(false);
        choices.setWrap(true);
        boolean hidden = !queued.gone() && queued.item().hidden();
        if (!queued.gone()) {
            choices.add(choice(hidden
                    ? new Decision("moderation.queue.keep-hidden-start", "moderation.queue.keep-hidden", "hide",
                            ButtonVariant.ERROR, true, moderation::hide, "moderation.queue.hidden-done")
                    : new Decision("moderation.queue.hide-start", "moderation.queue.hide", "hide",
                            ButtonVariant.ERROR, true, moderation::hide, "moderation.queue.hidden-done")));
        }
        if (hidden) {
            choices.add(choice(new Decision("moderation.queue.restore-start", "moderation.queue.restore", "restore",
                    ButtonVariant.PRIMARY, false, moderation::restore, "moderation.queue.restored")));
        } else {
            choices.add(choice(new Decision("moderation.queue.dismiss-start", "moderation.queue.dismiss", "dismiss",
                    ButtonVariant.PRIMARY, false, moderation::dismiss, "moderation.queue.dismissed")));
        }
        add(choices);
    }

    private Button choice(Decision decision) {
        Button start = new Button(getTranslation(decision.startKey()));
        start.addThemeVariants(ButtonVariant.TERTIARY);
        start.setId(decision.idPrefix() + "-start-" + id);
        start.getElement().setAttribute("aria-label", getTranslation(decision.startKey()) + " " + itemName);
        start.addClickListener(click -> open(decision, start));
        return start;
    }

    private void open(Decision decision, Button start) {
        ReasonField reason = new ReasonField(decision.reasonRequired() ? "moderation.queue.reason-required"
                : "moderation.queue.reason-optional", "moderation-reason-" + id);
        reason.setRequiredIndicatorVisible(decision.reasonRequired());
        Button decide = new Button(getTranslation(decision.labelKey()), click -> decide(decision, reason));
        decide.addThemeVariants(decision.variant());
        decide.setId(decision.idPrefix() + "-" + id);
        Button cancel = new Button(getTranslation("moderation.queue.cancel"), click -> {
            removeAll();
            add(choices);
            start.focus();
        });
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout buttons = new HorizontalLayout(decide, cancel);
        buttons.setWrap(true);
        status.clear();
        removeAll();
        add(reason, buttons, status);
        reason.focus();
    }

    private void decide(Decision decision, ReasonField reason) {
        status.clear();   // an earlier refusal must not stand beside this attempt's outcome
        try {
            decision.action().accept(subject, reason.getValue());
            decided.accept(getTranslation(decision.doneKey()));
        } catch (InvalidInputException refused) {
            if (!reason.explain(refused)) {
                status.refused(refused);
            }
        }
    }
}
