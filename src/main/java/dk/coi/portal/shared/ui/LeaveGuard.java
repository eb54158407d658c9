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
        ConfirmDialog ask = new ConfirmDialog(I18NProvider.translate("editor.leave.title"),
                I18NProvider.translate("editor.leave.text"),
                I18NProvider.translate("editor.leave.confirm"), confirmed -> leaving.proceed(),
                I18NProvider.translate("editor.leave.stay"), stayed -> leaving.cancel());
        ask.setId("leave-unsaved");
        ask.setConfirmButtonTheme("error primary");
        ask.open();
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
        ConfirmDialog ask = new ConfirmDialog(I18NProvider.translate("form.discard.title"),
                I18NProvider.translate("form.discard.text"),
                I18NProvider.translate("form.discard.confirm"), confirmed -> discard.run(),
                I18NProvider.translate("form.discard.keep"), kept -> keep.run());
        ask.setId("discard-unsent");
        ask.setConfirmButtonTheme("error primary");
        ask.open();
    }
}
