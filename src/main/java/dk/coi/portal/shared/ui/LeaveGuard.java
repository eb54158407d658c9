package dk.coi.portal.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeLeaveEvent;

/**
 * Asks before leaving a screen with text that is not saved, inside the portal (the browser asks by itself when
 * the tab is closed, see {@link MarkdownEditor}). Call it from the view's {@code beforeLeave}. Asks likewise before a
 * form with text typed in it is closed ({@link #askBeforeDiscarding}).
 */
public final class LeaveGuard {

    private static final Question LEAVE = new Question("leave-unsaved", "editor.leave.title", "editor.leave.text",
            "editor.leave.confirm", "editor.leave.stay");
    private static final Question DISCARD = new Question("discard-unsent", "form.discard.title", "form.discard.text",
            "form.discard.confirm", "form.discard.keep");

    private LeaveGuard() {
    }

    public static void askBeforeLeaving(BeforeLeaveEvent event, boolean unsavedText) {
        if (!unsavedText) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leaving = event.postpone();
        LEAVE.ask(leaving::proceed, leaving::cancel);
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
        DISCARD.ask(discard, keep);
    }

    /**
     * A question whether text may be lost: the dialog's id and the translation keys of its words. Keeping the text
     * is the dialog's first button, which has the focus when it opens, and what Escape does: pressing Enter twice
     * never loses it. Losing it is the other button, marked as the destructive one.
     */
    private record Question(String id, String titleKey, String textKey, String loseKey, String keepKey) {

        void ask(Runnable lose, Runnable keep) {
            SafeConfirm.ask(id, I18NProvider.translate(titleKey), I18NProvider.translate(textKey),
                    I18NProvider.translate(loseKey), I18NProvider.translate(keepKey), lose, keep).open();
        }
    }
}
