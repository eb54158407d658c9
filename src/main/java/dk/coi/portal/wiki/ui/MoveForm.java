package dk.coi.portal.wiki.ui;

import dk.coi.portal.shared.ui.ReasonField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.Navigation;
import dk.coi.portal.wiki.EditConflictException;
import dk.coi.portal.wiki.WikiPageView;
import dk.coi.portal.wiki.WikiStewardshipService;
import dk.coi.portal.wiki.WikiTitles;
import dk.coi.portal.shared.ui.FormStatus;

/**
 * Moving a page to a new title, with a reason for the log and (when the old title can still be used in an
 * address) a redirect left under the old title; then opens the page at its new title.
 */
class MoveForm extends VerticalLayout {

    private final WikiStewardshipService stewardship;
    private final String title;
    private long baseVersion;
    private final TextField newTitle = new TextField();
    private final TextField reason = new ReasonField("wiki.reason", "move-reason");
    private final Checkbox leaveRedirect = new Checkbox();
    private final FormStatus status = new FormStatus("move-status");

    MoveForm(WikiStewardshipService stewardship, WikiPageView page) {
        this.stewardship = stewardship;
        this.title = page.title();
        this.baseVersion = page.version();
        setPadding(false);
        newTitle.setLabel(getTranslation("wiki.move.new-title"));
        newTitle.setId("move-new-title");
        newTitle.setMaxLength(WikiTitles.MAX_LENGTH);
        newTitle.setWidthFull();
        newTitle.setValue(page.title());
        boolean oldTitleUsable = WikiTitles.problem(page.title()).isEmpty();
        leaveRedirect.setLabel(getTranslation("wiki.move.leave-redirect"));
        leaveRedirect.setValue(oldTitleUsable);
        leaveRedirect.setVisible(oldTitleUsable);
        leaveRedirect.setId("move-leave-redirect");
        Button move = new Button(getTranslation("wiki.move.button"), click -> move());
        move.addThemeVariants(ButtonVariant.PRIMARY);
        move.setId("move-page-button");
        add(status, newTitle, reason, leaveRedirect, move);
    }

    private void move() {
        newTitle.setInvalid(false);
        reason.setInvalid(false);
        try {
            WikiPageView moved = stewardship.move(title, newTitle.getValue(), leaveRedirect.getValue(),
                    reason.getValue(), baseVersion);
            getUI().ifPresent(ui -> Navigation.open(ui, moved.path()));
        } catch (EditConflictException changedMeanwhile) {
            baseVersion = changedMeanwhile.current().version();
            status.done(getTranslation("wiki.restore.conflict"));
        } catch (InvalidInputException refused) {
            markInvalid(newTitle, refused.fieldMessageKeys().get("newTitle"));
            markInvalid(reason, refused.fieldMessageKeys().get("reason"));
            status.refused(refused);
        }
    }

    private void markInvalid(TextField field, String key) {
        if (key != null) {
            field.setErrorMessage(getTranslation(key));
            field.setInvalid(true);
        }
    }
}
