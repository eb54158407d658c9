package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import dk.coi.portal.shared.InvalidInputException;
import java.util.function.Consumer;

/**
 * Writing a comment or a reply in any module's comment thread: Markdown text, sent under the person's name;
 * refusals shown at the field. A form opened for the moment (a reply) can be closed again ({@link #closable}).
 */
public class CommentForm extends Div {

    private final TextArea text = new TextArea();
    private final String idSuffix;

    /**
     * {@code send} stores the text and returns nothing; it throws {@link InvalidInputException} when the input
     * is refused. {@code maxLength} is the service's own limit, so the field stops where the service would refuse.
     */
    public CommentForm(String idSuffix, String label, String buttonLabel, int maxLength, Consumer<String> send) {
        this.idSuffix = idSuffix;
        addClassName("portal-comment-form");
        text.setLabel(label);
        text.setHelperText(getTranslation("comment.help"));
        text.setMaxLength(maxLength);
        text.setWidthFull();
        text.setMinRows(3);
        text.setId("comment-text-" + idSuffix);
        Button post = new Button(buttonLabel, click -> {
            text.setInvalid(false);
            try {
                send.accept(text.getValue());
                text.clear();
            } catch (InvalidInputException refused) {
                text.setErrorMessage(refused.fieldMessageKeys().values().stream().map(this::getTranslation)
                        .reduce((a, b) -> a + " " + b).orElse(""));
                text.setInvalid(true);
            }
        });
        post.addThemeVariants(ButtonVariant.PRIMARY);
        post.setId("comment-send-" + idSuffix);
        add(text, post);
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
