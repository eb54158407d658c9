package dk.coi.portal.wiki.ui;

import dk.coi.portal.wiki.WikiRoutes;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.wiki.WikiPageView;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiStewardshipService;
import jakarta.annotation.security.RolesAllowed;

/**
 * Moving (renaming) a page: its history moves with it, and a redirect can stay under the old title. A protected
 * or reviewed page is moved by staff only.
 */
@Route(WikiRoutes.MOVE)
@RolesAllowed("EMPLOYEE")
class MovePageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WikiService wiki;
    private final WikiStewardshipService stewardship;
    private final PersonService people;
    private String title = "";

    MovePageView(WikiService wiki, WikiStewardshipService stewardship, PersonService people) {
        this.wiki = wiki;
        this.stewardship = stewardship;
        this.people = people;
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
        boolean staff = people.currentPerson().filter(person -> person.has(Role.COI_STAFF)).isPresent();
        if (page.moveNeedsStaff() && !staff) {
            Paragraph staffOnly = new Paragraph(getTranslation("wiki.move.staff-only"));
            staffOnly.addClassName("portal-alert");
            staffOnly.setId("move-staff-only");
            add(staffOnly);
        } else {
            add(new Paragraph(getTranslation("wiki.move.explanation")), new MoveForm(stewardship, page));
        }
        add(new Anchor(page.path(), getTranslation("wiki.history.back")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wiki.move.heading", title) + " | " + getTranslation("app.name");
    }
}
