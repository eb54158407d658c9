package dk.coi.portal.wiki.ui;

import dk.coi.portal.wiki.WikiRoutes;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.coi.portal.wiki.WikiPageView;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiStewardshipService;
import dk.coi.portal.wiki.WikiTitles;
import jakarta.annotation.security.RolesAllowed;

/**
 * A page reached by its id rather than its title, for staff: a page whose title no address can carry (saved
 * before today's title rules) is moved to a usable title from here, and protected, deleted or undeleted.
 */
@Route(WikiRoutes.BY_ID)
@RolesAllowed("COI_STAFF")
class PageByIdView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WikiService wiki;
    private final WikiStewardshipService stewardship;
    private String heading = "";

    PageByIdView(WikiService wiki, WikiStewardshipService stewardship) {
        this.wiki = wiki;
        this.stewardship = stewardship;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElseThrow();
        removeAll();
        WikiPageView page = stewardship.page(Long.parseLong(id)).orElse(null);
        heading = page == null ? getTranslation("wiki.by-id.missing", id)
                : getTranslation("wiki.by-id.heading", id, page.title());
        add(new H1(heading));
        if (page == null) {
            return;
        }
        if (WikiTitles.problem(page.title()).isPresent()) {
            Paragraph unusable = new Paragraph(getTranslation("wiki.by-id.unusable-title"));
            unusable.addClassName("portal-alert");
            unusable.setId("unusable-title");
            add(unusable);
        } else {
            add(links(page));
        }
        add(new H2(getTranslation("wiki.move.heading", page.title())), new MoveForm(stewardship, page),
                new StewardTools(wiki, stewardship, page));
    }

    private Nav links(WikiPageView page) {
        Nav links = new Nav();
        links.addClassName("portal-page-actions");
        links.getElement().setAttribute("aria-label", getTranslation("wiki.page.actions"));
        Anchor read = new Anchor(page.path() + "?" + PageView.NO_REDIRECT + "=nej", getTranslation("wiki.by-id.read"));
        read.setId("by-id-page");
        Anchor history = new Anchor(WikiRoutes.history(page.title()), getTranslation("wiki.page.history"));
        history.setId("by-id-history");
        links.add(read, history);
        return links;
    }

    @Override
    public String getPageTitle() {
        return heading + " | " + getTranslation("app.name");
    }
}
