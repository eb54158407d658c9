package dk.coi.portal.wiki.ui;

import dk.coi.portal.shared.ui.ReasonField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.wiki.PageProtection;
import dk.coi.portal.wiki.WikiPageView;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiStewardshipService;
import dk.coi.portal.shared.ui.FormStatus;
import java.util.stream.Collectors;

/** Staff tools for one page: protection, staff review of changes, and deletion or undeletion; all logged. */
class StewardTools extends VerticalLayout {

    private final WikiService wiki;
    private final WikiStewardshipService stewardship;
    private final String title;
    private final FormStatus status = new FormStatus("steward-status");

    StewardTools(WikiService wiki, WikiStewardshipService stewardship, WikiPageView page) {
        this.wiki = wiki;
        this.stewardship = stewardship;
        this.title = page.title();
        setPadding(false);
        build(page);
    }

    private void build(WikiPageView page) {
        removeAll();
        add(status);
        if (!page.deleted()) {
            addProtection(page);
        }
        addDeletion(page);
    }

    private void addProtection(WikiPageView page) {
        Select<PageProtection> protection = new Select<>();
        protection.setLabel(getTranslation("wiki.steward.protection"));
        protection.setItems(PageProtection.values());
        protection.setItemLabelGenerator(level -> getTranslation(level.labelKey()));
        protection.setValue(page.protection());
        protection.setId("protection-level");
        Checkbox review = new Checkbox(getTranslation("wiki.steward.review"), page.reviewRequired());
        review.setId("protection-review");
        TextField reason = reasonField("protection-reason");
        Button save = new Button(getTranslation("wiki.steward.protect-button"), click -> act(() ->
                stewardship.protect(title, protection.getValue(), review.getValue(), reason.getValue()),
                "wiki.steward.protected"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("protect-page-button");
        add(new H2(getTranslation("wiki.steward.protection-heading")), protection, review, reason, save);
    }

    /**
     * Deleting and undeleting are asked about first, in a dialog that takes the reason; a reason the server refuses
     * is explained at the field and the dialog stays open.
     */
    private void addDeletion(WikiPageView page) {
        boolean deleted = page.deleted();
        Button button = new Button(getTranslation(deleted ? "wiki.steward.undelete-button" : "wiki.steward.delete-button"),
                click -> {
                    status.clear();   // what the page said of an earlier step (e.g. "deleted") is not about this one
                    confirm(deleted).open();
                });
        if (!deleted) {
            button.addThemeVariants(ButtonVariant.ERROR);
        }
        button.setId(deleted ? "undelete-page-button" : "delete-page-button");
        add(new H2(getTranslation(deleted ? "wiki.steward.undelete-heading" : "wiki.steward.delete-heading")),
                new Paragraph(getTranslation(deleted ? "wiki.steward.undelete-text" : "wiki.steward.delete-text")),
                button);
    }

    private ConfirmDialog confirm(boolean undelete) {
        TextField reason = reasonField("delete-reason");
        reason.setRequiredIndicatorVisible(true);
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("delete-confirm");
        dialog.setHeader(getTranslation(undelete ? "wiki.steward.undelete-confirm.title"
                : "wiki.steward.delete-confirm.title", title));
        dialog.setText(new VerticalLayout(new Paragraph(getTranslation(undelete ? "wiki.steward.undelete-confirm.text"
                : "wiki.steward.delete-confirm.text")), reason));
        Button confirm = new Button(getTranslation(undelete ? "wiki.steward.undelete-button"
                : "wiki.steward.delete-button"), click -> {
            try {
                if (undelete) {
                    stewardship.undelete(title, reason.getValue());
                } else {
                    stewardship.delete(title, reason.getValue());
                }
                dialog.close();
                wiki.page(title).ifPresent(this::build);
                // The button that opened the dialog is gone with the tools rebuilt: the focus goes to what was done.
                status.doneHere(getTranslation(undelete ? "wiki.steward.undeleted" : "wiki.steward.deleted"));
            } catch (InvalidInputException refused) {
                reason.setErrorMessage(refused.fieldMessageKeys().values().stream().map(this::getTranslation)
                        .collect(Collectors.joining(" ")));
                reason.setInvalid(true);
                // The dialog closes itself on either button; it opens again, with the reason explained, once the
                // browser's closing it has been taken in.
                getUI().ifPresent(ui -> ui.beforeClientResponse(ui, context -> dialog.open()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        if (!undelete) {
            confirm.addThemeVariants(ButtonVariant.ERROR);
        }
        confirm.setId("delete-confirm-button");
        dialog.setConfirmButton(confirm);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                // The dialog moves focus to its own button once its opening has finished, which under load can be
                // later than a frame or two; the reason is what to type first, so it takes the focus after that.
                reason.getElement().executeJs("""
                        const focus = () => this.focus();
                        document.addEventListener('vaadin-overlay-open', () => setTimeout(focus), {once: true});
                        requestAnimationFrame(() => requestAnimationFrame(focus));""");
            }
        });
        return dialog;
    }

    private static TextField reasonField(String id) {
        return new ReasonField("wiki.reason", id);
    }

    private void act(Runnable action, String doneKey) {
        status.attempt(action, () -> wiki.page(title).ifPresent(this::build), doneKey);
    }
}
