package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import dk.coi.portal.shared.InvalidInputException;
import java.util.Optional;
import java.util.stream.Collectors;

/** A live region by a form that announces what was refused, translated, or what was done. */
public class FormStatus extends Paragraph {

    public FormStatus(String id) {
        setId(id);
        getElement().setAttribute("role", "status");
    }

    /**
     * The list of what was refused, right under this status: heard with it when the status takes the focus
     * ({@link #refusedHere}), not left unsaid after its "correct this:".
     */
    public FormStatus listing(ProblemList problems) {
        getElement().setAttribute("aria-describedby", problems.getId().orElseThrow());
        return this;
    }

    public void refused(InvalidInputException refused) {
        alert(refused.fieldMessageKeys().values().stream().map(I18NProvider::translate)
                .collect(Collectors.joining(" ")));
    }

    private void alert(String text) {
        setText(text);
        addClassName("portal-alert");
    }

    public void done(String text) {
        setText(text);
        removeClassName("portal-alert");
    }

    /** Says what was done, followed by where to go on from it (e.g. a link to what was made). */
    public void done(String text, Component next) {
        done(text + " ");
        add(next);
    }

    /** Says nothing: a new attempt begins, and what was said of the last one no longer holds. */
    public void clear() {
        setText("");
        removeClassName("portal-alert");
    }

    /**
     * Says what was done where the control the person used stood (it is gone or changed now) and takes the focus
     * from it: the words are seen there, also on a phone, and the keyboard goes on from there, not from the top.
     */
    public void doneHere(String text) {
        done(text);
        takeFocus();
    }

    /**
     * Says in one sentence that something was refused, and takes the focus, for a status above a long form: seen and
     * heard from the button at the form's end; the {@link ProblemList} right after it ({@link #listing}) lists what,
     * and each field the refusal names is marked below it.
     */
    public void refusedHere(String text) {
        alert(text);
        takeFocus();
    }

    private void takeFocus() {
        getElement().setAttribute("tabindex", "-1");
        getElement().callJsFunction("focus");
    }

    /**
     * The status {@code id} among {@code within}'s components, at any depth: a screen shown anew after an action says
     * at the new status, where the person's control stood, what was done.
     */
    public static Optional<FormStatus> within(Component within, String id) {
        if (within instanceof FormStatus status && id.equals(status.getId().orElse(null))) {
            return Optional.of(status);
        }
        return within.getChildren().map(child -> within(child, id)).flatMap(Optional::stream).findFirst();
    }

    /**
     * Runs a person's action (clearing what was said of the last one): when it succeeds the view is refreshed and
     * the done text (a translation key) announced, when the server refuses it the reasons are. Either way the words
     * are scrolled into view: under a button at the bottom of the screen they would otherwise be just out of sight.
     */
    public void attempt(Runnable action, Runnable refresh, String doneKey) {
        clear();
        try {
            action.run();
            refresh.run();
            done(I18NProvider.translate(doneKey));
        } catch (InvalidInputException refused) {
            refused(refused);
        }
        getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
    }
}
