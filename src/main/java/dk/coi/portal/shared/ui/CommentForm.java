package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import dk.coi.portal.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writing a comment or a reply in any module's comment thread: Markdown text, sent under the person's name;
 * refusals shown at the field. A form opened for the moment (a reply) can be closed again ({@link #closable}). A module
 * may ask for more than the text ({@link #withField}, e.g. an idea comment's stance).
 */
public class CommentForm extends Div {

    private final TextArea text = new TextArea();
    private final String idSuffix;
    /** The module's own fields by the name the service's refusals give them. */
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    /** Each of those fields set back to the value it was added with. */
    private final List<Runnable> resets = new ArrayList<>();

    /**
     * {@code send} stores the text and returns nothing; it throws {@link InvalidInputException} when the input
     * is refused. {@code maxLength} is the service's own limit, so the field stops where the service would refuse.
     */
    public CommentForm(String idSuffix, String label, String buttonLabel, int maxLength, Consumer<String> send) {
        this.idSuffix = idSuffix;
        addClassName("portal-comment-form");
        text.setLabel(label);
        text.setMaxLength(maxLength);
        text.setWidthFull();
        text.setMinRows(3);
        text.setId("comment-text-" + idSuffix);
        Button post = new Button(buttonLabel, click -> {
            text.setInvalid(false);
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                send.accept(text.getValue());
                text.clear();
                // Ready for the next comment, not refused.
                resets.forEach(Runnable::run);
                fields.values().forEach(field -> field.setInvalid(false));
            } catch (InvalidInputException refused) {
                showRefusal(refused);
            }
        });
        post.addThemeVariants(ButtonVariant.PRIMARY);
        post.setId("comment-send-" + idSuffix);
        add(text, post);
    }

    /**
     * Adds a field of the module's own before the text, e.g. a choice; a refusal the service names {@code name} is
     * said at it, and once the comment is sent it is set back to the value it has now (e.g. a default choice).
     */
    public <F extends Component & HasValidation & HasValue<?, ?>> CommentForm withField(String name, F field) {
        fields.put(name, field);
        resets.add(backToStart((HasValue<?, ?>) field));
        addComponentAsFirst(field);
        return this;
    }

    private static <V> Runnable backToStart(HasValue<?, V> field) {
        V start = field.getValue();
        return () -> {
            if (start == null) {
                field.clear();
            } else {
                field.setValue(start);
            }
        };
    }

    /** Each refusal at its own field; any other at the text. */
    private void showRefusal(InvalidInputException refused) {
        StringBuilder atText = new StringBuilder();
        refused.fieldMessageKeys().forEach((name, key) -> {
            HasValidation field = fields.get(name);
            if (field == null) {
                atText.append(atText.isEmpty() ? "" : " ").append(getTranslation(key));
            } else {
                field.setErrorMessage(getTranslation(key));
                field.setInvalid(true);
            }
        });
        if (!atText.isEmpty()) {
            text.setErrorMessage(atText.toString());
            text.setInvalid(true);
        }
    }

    /** Says under the text what the writer may use in it (e.g. which links work). */
    public CommentForm helped(String help) {
        text.setHelperText(help);
        return this;
    }

    public void focus() {
        text.focus();
    }

    /**
     * Adds "Fortryd", and Escape anywhere in the form, which close it; text typed is thrown away only once the person
     * has said so ({@link LeaveGuard#askBeforeDiscarding}). {@code closed} runs after the form has left the page,
     * e.g. to give the focus back to the button that opened it.
     */
    public CommentForm closable(Runnable closed) {
        Runnable close = () -> LeaveGuard.askBeforeDiscarding(!text.getValue().isBlank(), () -> {
            getElement().removeFromParent();
            closed.run();
        }, text::focus);
        Button cancel = new Button(getTranslation("decision.cancel"), click -> close.run());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        cancel.setId("comment-cancel-" + idSuffix);
        add(cancel);
        // The text typed reaches the server when the field loses focus: Escape blurs it first, so nothing is lost.
        Shortcuts.addShortcutListener(this, close::run, Key.ESCAPE).listenOn(this).resetFocusOnActiveElement();
        return this;
    }
}
