package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dk.coi.portal.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decisions that take a reason (report content, hide it, show it again, dismiss the reports), offered quietly beside
 * content so that a list does not carry a form under every item: a quiet button per decision. Choosing one puts what
 * it asks (its own fields, then the reason) in the buttons' place, the first of them focused, with the button that
 * decides and one that cancels: nothing is decided by a stray click, and the reason is typed for the decision it
 * belongs to. Enter in the reason decides. An open decision takes a line of its own beside other controls, and on a
 * phone each field a line of its own. What the server refuses is said at the fields it concerns, all at once, and
 * anything else on the status line under them; what was done, by the caller: here with {@link #doneHere}, or where
 * it shows the outcome.
 */
public class ReasonedDecisions extends HorizontalLayout {

    /** Takes the decision with the person's reason; throws {@link InvalidInputException} when it is refused. */
    @FunctionalInterface
    public interface Decide {
        void decide(String reason);
    }

    /** A field a decision asks for before the reason, and the key of its refusals. */
    private record Asked(String key, Component component, HasValidation validation, Runnable focus,
                         HasValue<?, ?> value) {
    }

    private static final String OPEN = "portal-decisions-open";

    private final FormStatus status;
    private final List<Button> starts = new ArrayList<>();
    private boolean small;

    /** {@code statusId} is the id of the line under the form where refusals and {@link #doneHere} are said. */
    public ReasonedDecisions(String statusId) {
        status = new FormStatus(statusId);
        setPadding(false);
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    }

    /** Small buttons, for decisions among a comment's other controls; before {@link #offer}. */
    public ReasonedDecisions small() {
        small = true;
        return this;
    }

    /** Offers a decision behind a quiet button; the decision returned says what it asks and what it does. */
    public Decision offer(String startId, String startText) {
        Decision decision = new Decision(startId, startText);
        starts.add(decision.start);
        add(decision.start);
        return decision;
    }

    /**
     * Says what was done in the form's place and takes the focus there (the button pressed is gone): seen where the
     * person is, also on a phone, and the keyboard goes on from there.
     */
    public void doneHere(String text) {
        removeAll();
        add(status);
        status.doneHere(text);
    }

    /** One decision: its quiet button, what it asks, and the button that decides. */
    public final class Decision {

        private final Button start;
        private final List<Asked> asked = new ArrayList<>();
        private ReasonField reason;
        private Button confirm;

        private Decision(String startId, String startText) {
            start = button(startText, ButtonVariant.TERTIARY);
            start.setId(startId);
            start.addClickListener(click -> open(this));
        }

        /** Names the quiet button for screen readers, when several alike stand on one page. */
        public Decision named(String accessibleName) {
            start.getElement().setAttribute("aria-label", accessibleName);
            return this;
        }

        /** A field asked for before the reason (e.g. what is wrong); the refusal's message for {@code key} is its. */
        public <F extends Component & HasValidation & Focusable<F> & HasValue<?, ?>> Decision asking(String key,
                                                                                                    F field) {
            asked.add(new Asked(key, field, field, field::focus, field));
            return this;
        }

        /**
         * The reason: its field's id and label, what is said under it (who will read it; null: nothing) and whether
         * the decision needs one.
         */
        public Decision reason(String id, String labelKey, String helpKey, boolean required) {
            reason = new ReasonField(labelKey, id);
            if (helpKey != null) {
                reason.withHelp(helpKey);
            }
            reason.setRequiredIndicatorVisible(required);
            return this;
        }

        /** The button that decides (after {@link #reason}): its id, text and look, and what it does. */
        public Decision decidedBy(String id, String text, ButtonVariant variant, Decide decide) {
            Objects.requireNonNull(reason, "the reason is asked for before the decision");
            confirm = button(text, variant);
            confirm.setId(id);
            confirm.addClickListener(click -> attempt(this, decide));
            // The reason is a one-line field: Enter in it decides, as in any short form.
            confirm.addClickShortcut(Key.ENTER).listenOn(reason);
            return this;
        }
    }

    private Button button(String text, ButtonVariant variant) {
        Button button = new Button(text);
        button.addThemeVariants(variant);
        if (small) {
            button.addThemeVariants(ButtonVariant.SMALL);
        }
        return button;
    }

    private void open(Decision decision) {
        Objects.requireNonNull(decision.confirm, "a decision is decided by a button");
        status.clear();
        decision.asked.forEach(field -> {
            field.value().clear();
            field.validation().setInvalid(false);
        });
        decision.reason.clear();
        decision.reason.setInvalid(false);
        Button cancel = button(getTranslation("decision.cancel"), ButtonVariant.TERTIARY);
        cancel.addClickListener(click -> close(decision));
        removeAll();
        decision.asked.forEach(field -> add(field.component()));
        add(decision.reason, decision.confirm, cancel, status);
        addClassName(OPEN);
        if (decision.asked.isEmpty()) {
            decision.reason.focus();
        } else {
            decision.asked.getFirst().focus().run();
        }
    }

    private void close(Decision decision) {
        removeAll();
        removeClassName(OPEN);
        starts.forEach(this::add);
        decision.start.focus();
    }

    private void attempt(Decision decision, Decide decide) {
        status.clear();   // an earlier refusal must not stand beside this attempt's outcome
        decision.asked.forEach(field -> field.validation().setInvalid(false));
        decision.reason.setInvalid(false);
        try {
            decide.decide(decision.reason.getValue());
        } catch (InvalidInputException refused) {
            explain(decision, refused);
        }
    }

    /** Every field's problem at once, the first field with one focused; anything else on the status line. */
    private void explain(Decision decision, InvalidInputException refused) {
        Map<String, String> keys = refused.fieldMessageKeys();
        List<Asked> wrong = decision.asked.stream().filter(field -> keys.containsKey(field.key())).toList();
        wrong.forEach(field -> {
            field.validation().setErrorMessage(getTranslation(keys.get(field.key())));
            field.validation().setInvalid(true);
        });
        boolean atReason = decision.reason.explain(refused);
        if (!wrong.isEmpty()) {
            wrong.getFirst().focus().run();
        } else if (!atReason) {
            status.refused(refused);
        }
    }
}
