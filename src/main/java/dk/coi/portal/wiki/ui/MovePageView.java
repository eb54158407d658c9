package dk.coi.portal.wiki.ui;

import dk.coi.portal.shared.Navigation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.wiki.EditConflictException;
import dk.coi.portal.wiki.WikiPageView;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiStewardshipService;
import dk.coi.portal.wiki.WikiTitles;
import jakarta.annotation.security.RolesAllowed;

/** Moving (renaming) a page: its history moves with it, and a redirect can stay under the old title. */
@Route("wiki/:title/flyt")
@RolesAllowed("EMPLOYEE")
class MovePageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WikiService wiki;
    private final WikiStewardshipService stewardship;
    private final TextField newTitle = new TextField();
    private final TextField reason = new ReasonField("wiki.reason", "move-reason");
    private final Checkbox leaveRedirect = new Checkbox();
    private final FormStatus status = new FormStatus("move-status");
    private String title = "";
    private long baseVersion;

    MovePageView(WikiService wiki, WikiStewardshipService stewardship) {
        this.wiki = wiki;
        this.stewardship = stewardship;
        newTitle.setLabel(getTranslation("wiki.move.new-title"));
        newTitle.setId("move-new-title");
        newTitle.setMaxLength(WikiTitles.MAX_LENGTH);
        newTitle.setWidthFull();
        leaveRedirect.setLabel(getTranslation("wiki.move.leave-redirect"));
        leaveRedirect.setValue(true);
        leaveRedirect.setId("move-leave-redirect");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        title = PageTitleParameter.of(event);
        removeAll();
        add(new H1(getTranslation("wiki.move.heading", title)));
        WikiPageView page = wiki.page(title).orElse(null);
        if (page == null) {
            add(new Paragraph(getTranslation("wiki.page.missing")));
            return;
        }
        baseVersion = page.version();
        newTitle.setValue(page.title());
        Button move = new Button(getTranslation("wiki.move.button"), click -> move());
        move.addThemeVariants(ButtonVariant.PRIMARY);
        move.setId("move-page-button");
        add(new Paragraph(getTranslation("wiki.move.explanation")), status, newTitle, reason, leaveRedirect, move,
                new Anchor(page.path(), getTranslation("wiki.history.back")));
    }

    private void move() {
        newTitle.setInvalid(false);
        try {
            WikiPageView moved = stewardship.move(title, newTitle.getValue(), leaveRedirect.getValue(),
                    reason.getValue(), baseVersion);
            getUI().ifPresent(ui -> Navigation.open(ui, moved.path()));
        } catch (EditConflictException changedMeanwhile) {
            baseVersion = changedMeanwhile.current().version();
            status.done(getTranslation("wiki.restore.conflict"));
        } catch (InvalidInputException refused) {
            String key = refused.fieldMessageKeys().get("newTitle");
            if (key != null) {
                newTitle.setErrorMessage(getTranslation(key));
                newTitle.setInvalid(true);
            }
            status.refused(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wiki.move.heading", title) + " | " + getTranslation("app.name");
    }
}
