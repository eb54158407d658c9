package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeLeaveEvent;

/**
 * Asks before leaving a screen with text that is not saved, inside the portal (the browser asks by itself when
 * the tab is closed, see {@link MarkdownEditor}). Call it from the view's {@code beforeLeave}. Asks likewise before a
 * form with text typed in it is closed ({@link #askBeforeDiscarding}).
 */
public final class LeaveGuard {

    private LeaveGuard() {
    }

    public static void askBeforeLeaving(BeforeLeaveEvent event, boolean unsavedText) {
        if (!unsavedText) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leaving = event.postpone();
        ask("leave-unsaved", "editor.leave", "stay", leaving::proceed, leaving::cancel);
    }

    /**
     * Closes a form ({@code discard}) at once when nothing was typed in it; otherwise only once the person has
     * said the text may go, and {@code keep} (e.g. back to the field) when they would rather go on writing.
     */
    public static void askBeforeDiscarding(boolean typed, Runnable discard, Runnable keep) {
        if (!typed) {
            discard.run();
            return;
        }
        ask("discard-unsent", "form.discard", "keep", discard, keep);
    }

    /** Asks whether text may be lost: {@code <texts>.title}, {@code .text}, {@code .confirm} and the way back. */
    private static void ask(String id, String texts, String wayBack, Runnable confirmed, Runnable declined) {
        ConfirmDialog ask = new ConfirmDialog(I18NProvider.translate(texts + ".title"),
                I18NProvider.translate(texts + ".text"),
                I18NProvider.translate(texts + ".confirm"), confirm -> confirmed.run(),
                I18NProvider.translate(texts + "." + wayBack), decline -> declined.run());
        ask.setId(id);
        ask.setConfirmButtonTheme("error primary");
        ask.open();
    }
}
