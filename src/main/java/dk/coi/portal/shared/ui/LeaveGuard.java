package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeLeaveEvent;

/**
 * Asks before leaving a screen with text that is not saved, inside the portal (the browser asks by itself when
 * the tab is closed, see {@link MarkdownEditor}). Call it from the view's {@code beforeLeave}.
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
}
