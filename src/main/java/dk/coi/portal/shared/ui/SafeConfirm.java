package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The one question before an irreversible step (deleting, erasing, publishing, losing typed text): the safe answer
 * ("keep", "wait", "cancel") has the focus when the dialog opens and is what Enter and Escape do, so that pressing
 * Enter twice never does the step; the step itself is the other button, marked as the destructive one.
 *
 * <p>Vaadin's dialog focuses its confirm button on opening and sends Escape to its cancel listeners, so the safe
 * answer is the confirm button and the step is the reject button: {@code ConfirmDialogTester.reject()} takes the
 * step in a browserless test, {@code confirm()} and {@code cancel()} keep.
 */
public final class SafeConfirm {

    private SafeConfirm() {
    }

    /**
     * A dialog with the id {@code id}, its step button {@code id + "-do"} and its safe button {@code id + "-keep"}.
     *
     * @param header   the question
     * @param text     what the step does, said under the question
     * @param doText   the step button's words ("Slet")
     * @param keepText the safe button's words ("Behold idéstormen")
     * @param step     what the step does
     * @param kept     what keeping does (often nothing)
     */
    public static ConfirmDialog ask(String id, String header, String text, String doText, String keepText,
                                    Runnable step, Runnable kept) {
        ConfirmDialog ask = ask(id, header, doText, keepText, step, kept);
        ask.setText(text);
        return ask;
    }

    /** As {@link #ask(String, String, String, String, String, Runnable, Runnable)}, with content instead of text. */
    public static ConfirmDialog ask(String id, String header, Component text, String doText, String keepText,
                                    Runnable step, Runnable kept) {
        ConfirmDialog ask = ask(id, header, doText, keepText, step, kept);
        ask.setText(text);
        return ask;
    }

    private static ConfirmDialog ask(String id, String header, String doText, String keepText, Runnable step,
                                     Runnable kept) {
        ConfirmDialog ask = new ConfirmDialog();
        ask.setId(id);
        ask.setHeader(header);
        Button keep = new Button(keepText);
        keep.setId(id + "-keep");
        ask.setConfirmButton(keep);
        ask.addConfirmListener(keeping -> kept.run());
        ask.addCancelListener(escaped -> kept.run());
        Button doIt = new Button(doText);
        doIt.setId(id + "-do");
        doIt.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        ask.setRejectable(true);
        ask.setRejectButton(doIt);
        ask.addRejectListener(done -> step.run());
        return ask;
    }
}
