package dk.coi.portal.wiki.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dk.coi.portal.wiki.PageProtection;
import dk.coi.portal.wiki.WikiPageView;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiStewardshipService;
import java.util.Locale;
import dk.coi.portal.shared.ui.FormStatus;

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
        protection.setItemLabelGenerator(level -> getTranslation("wiki.protection." + level.name().toLowerCase(Locale.ROOT)));
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

    private void addDeletion(WikiPageView page) {
        TextField reason = reasonField("delete-reason");
        Button button = page.deleted()
                ? new Button(getTranslation("wiki.steward.undelete-button"), click -> act(() ->
                        stewardship.undelete(title, reason.getValue()), "wiki.steward.undeleted"))
                : new Button(getTranslation("wiki.steward.delete-button"), click -> act(() ->
                        stewardship.delete(title, reason.getValue()), "wiki.steward.deleted"));
        if (!page.deleted()) {
            button.addThemeVariants(ButtonVariant.ERROR);
        }
        button.setId(page.deleted() ? "undelete-page-button" : "delete-page-button");
        add(new H2(getTranslation(page.deleted() ? "wiki.steward.undelete-heading" : "wiki.steward.delete-heading")),
                new Paragraph(getTranslation(page.deleted() ? "wiki.steward.undelete-text" : "wiki.steward.delete-text")),
                reason, button);
    }

    private static TextField reasonField(String id) {
        return new ReasonField("wiki.reason", id);
    }

    private void act(Runnable action, String doneKey) {
        status.attempt(action, () -> wiki.page(title).ifPresent(this::build), doneKey);
    }
}
